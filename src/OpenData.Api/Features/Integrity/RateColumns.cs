namespace OpenData.Api.Features.Integrity;

/// <summary>A printed percentage column and the two columns of its row it is the percentage of.</summary>
internal sealed record RateColumns(string Collection, string Rate, string Part, string Whole, string PrintedNames)
{
    public static readonly RateColumns Budget = new("budgetLines", "executionRate", "executed", "current", "EJECUTADO / VIGENTE");

    public static readonly RateColumns Goals = new("goals", "executionRate", "accumulatedExecution", "annualTarget", "EJECUCIÓN ACUMULADA / META TERMINAL");

    public static RateColumns? Of(string collection, string field) =>
        new[] { Budget, Goals }.FirstOrDefault(r => r.Collection == collection && r.Rate == field);

    public string Rule(string whose) =>
        $"{Part} / {Whole} ({PrintedNames}) of {whose}, × 100, rounded half away from zero to 2 decimals; 0.00 when both are 0, none when only {Whole} is 0 or either is blank.";

    /// <summary>The percentage as the report would print it, or null where the parts give none.</summary>
    public static decimal? Percentage(decimal? part, decimal? whole) => (part, whole) switch
    {
        (null, _) or (_, null) => null,
        (0m, 0m) => 0.00m,
        (_, 0m) => null,
        ({ } p, { } w) => Math.Round(p * 100m / w, 2, MidpointRounding.AwayFromZero),
    };
}

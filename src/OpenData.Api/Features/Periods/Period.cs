namespace OpenData.Api.Features.Periods;

/// <summary>A reporting term (cuatrimestre) of one year, e.g. 2021-T1 for January–April 2021.</summary>
public sealed class Period
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required int Year { get; init; }
    public required int Term { get; init; }
    public required string Name { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }

    public static string CodeFor(int year, int term) => $"{year}-T{term}";

    public static Period Create(int year, int term)
    {
        if (term is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(term), term, "A cuatrimestre is term 1, 2 or 3.");
        }

        var start = new DateOnly(year, ((term - 1) * 4) + 1, 1);
        string[] ordinals = ["Primer", "Segundo", "Tercer"];
        return new Period
        {
            Code = CodeFor(year, term),
            Year = year,
            Term = term,
            Name = $"{ordinals[term - 1]} cuatrimestre {year}",
            StartDate = start,
            EndDate = start.AddMonths(4).AddDays(-1),
        };
    }
}

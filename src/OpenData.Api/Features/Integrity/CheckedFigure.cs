namespace OpenData.Api.Features.Integrity;

/// <summary>A printed figure to check: where it is printed and which table cell it is about.</summary>
internal sealed record CheckedFigure(int PeriodId, int SourceId, int Line, string Collection, string Field, string Subject)
{
    public IntegrityCheck Compare(IntegrityCheckKind kind, decimal printed, decimal? computed, string rule) => new()
    {
        PeriodId = PeriodId,
        SourceId = SourceId,
        Line = Line,
        Kind = kind,
        Collection = Collection,
        Field = Field,
        Subject = Subject,
        Printed = printed,
        Computed = computed,
        Difference = printed - computed,
        Matches = printed == computed,
        Rule = rule,
    };
}

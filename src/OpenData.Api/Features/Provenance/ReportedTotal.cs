namespace OpenData.Api.Features.Provenance;

/// <summary>A cell of a table's printed totals row ("TOTALES"), kept as the report printed it.</summary>
public sealed class ReportedTotal
{
    public int Id { get; init; }
    public required int PeriodId { get; init; }
    public required int SourceId { get; init; }
    public Periods.Period? Period { get; init; }
    public Source? Source { get; init; }
    public required string Collection { get; init; }
    public required string Field { get; init; }
    public required string Label { get; init; }
    public decimal? Value { get; init; }

    /// <summary>How the column prints its figures, which says how <see cref="Value"/> is served.</summary>
    public required Common.FigureKind Kind { get; init; }
    public required int Line { get; init; }
}

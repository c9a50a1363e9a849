namespace OpenData.Api.Features.Provenance;

/// <summary>Where a record comes from: a report, a section and table of it, and the table's "Fuente" line.</summary>
public sealed class Source
{
    public int Id { get; init; }
    public required int DocumentId { get; init; }
    public ReportDocument? Document { get; init; }
    public required string Section { get; init; }
    public required string Table { get; init; }
    public string? Note { get; init; }
    public DateOnly? Date { get; init; }
    public required int FirstLine { get; init; }
    public required int LastLine { get; init; }
}

namespace OpenData.Api.Features.Provenance;

/// <summary>A published report file the database was built from, identified by its SHA-256.</summary>
public sealed class ReportDocument
{
    public int Id { get; init; }
    public required int PeriodId { get; init; }
    public Periods.Period? Period { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public required string Publisher { get; init; }

    /// <summary>The day it was published, only where the curated file quotes the report giving it.</summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>The publisher's address for this very file, only where the curated file gives one.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// When this database loaded it (UTC, to the second), by the server's start-up or the import command: every
    /// instance on the database serves it as <c>Last-Modified</c>. Null for rows loaded before it was recorded.
    /// </summary>
    public DateTime? LoadedAt { get; init; }

    /// <summary>The <see cref="Seeding.ReportLoader.Version"/> that loaded it: a newer loader reloads the period.</summary>
    public int LoaderVersion { get; init; }
}

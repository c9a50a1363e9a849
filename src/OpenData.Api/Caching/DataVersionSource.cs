using System.Globalization;
using OpenData.Api.Features.Provenance;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Caching;

/// <summary>
/// A cheap fingerprint of the loaded data: every load, by the server or the import command, writes its report's
/// document row (a new row, or a new SHA-256 or loader version) in the same transaction as the data.
/// </summary>
/// <remarks>
/// Read by a query engine of its own, which tells no observer: a background poll is not a request's SQL, and the
/// tests that count a request's statements must not see it.
/// </remarks>
public sealed class DataVersionSource(QueryEngine engine, Catalog catalog)
{
    private readonly RowsQuery _documents = Documents(catalog.For(typeof(ReportDocument)));

    public async Task<DataVersionReading> ReadAsync(CancellationToken cancellationToken)
    {
        var documents = (await engine.RowsAsync(_documents, cancellationToken)).Rows.Cast<ReportDocument>().ToList();
        var fingerprint = string.Join(';', documents.Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Id}:{d.PeriodId}:{d.Sha256}:{d.LoaderVersion}")));
        // A row loaded before load times were recorded has none: then no time is known for the whole.
        DateTime? loadedAt = documents.Count > 0 && documents.TrueForAll(d => d.LoadedAt is not null) ? documents.Max(d => d.LoadedAt) : null;
        return new DataVersionReading(fingerprint, loadedAt);
    }

    private static RowsQuery Documents(Table table) => new(
        new Projection(table, [table[nameof(ReportDocument.PeriodId)], table[nameof(ReportDocument.Sha256)], table[nameof(ReportDocument.LoaderVersion)], table[nameof(ReportDocument.LoadedAt)]], []),
        null,
        [],
        0,
        int.MaxValue,
        false);
}

/// <summary>The loaded reports' fingerprint, and when the latest of them was loaded where that is recorded.</summary>
public sealed record DataVersionReading(string Fingerprint, DateTime? LoadedAt);

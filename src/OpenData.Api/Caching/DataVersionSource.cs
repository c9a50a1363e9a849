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

    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        var result = await engine.RowsAsync(_documents, cancellationToken);
        return string.Join(';', result.Rows.Cast<ReportDocument>().Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Id}:{d.PeriodId}:{d.Sha256}:{d.LoaderVersion}")));
    }

    private static RowsQuery Documents(Table table) => new(
        new Projection(table, [table[nameof(ReportDocument.PeriodId)], table[nameof(ReportDocument.Sha256)], table[nameof(ReportDocument.LoaderVersion)]], []),
        null,
        [],
        0,
        int.MaxValue,
        false);
}

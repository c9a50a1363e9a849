using System.Globalization;
using OpenData.Api.Features.Provenance;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Sql;
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
public sealed class DataVersionSource(QueryEngine engine, Catalog catalog, SqlDialect dialect)
{
    private readonly RowsQuery _documents = Documents(catalog.For(typeof(ReportDocument)));

    /// <summary>
    /// The fingerprint, with the database's change counter where it has one and it did not move while the fingerprint
    /// was read: as long as the counter stays that number, the database holds that fingerprint.
    /// </summary>
    public async Task<DataVersionReading> ReadAsync(CancellationToken cancellationToken)
    {
        var before = dialect.ChangeCounter();
        var documents = (await engine.RowsAsync(_documents, cancellationToken)).Rows.Cast<ReportDocument>().ToList();
        var after = dialect.ChangeCounter();
        var fingerprint = string.Join(';', documents.Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Id}:{d.PeriodId}:{d.Sha256}:{d.LoaderVersion}")));
        // A row loaded before load times were recorded has none: then no time is known for the whole.
        DateTime? loadedAt = documents.Count > 0 && documents.TrueForAll(d => d.LoadedAt is not null) ? documents.Max(d => d.LoadedAt) : null;
        return new DataVersionReading(fingerprint, loadedAt, before is not null && before == after ? before : null);
    }

    /// <summary>
    /// Whether the database still holds <paramref name="version"/>: by its change counter when that has not moved
    /// since the version was read, else by reading the fingerprint again.
    /// </summary>
    public async ValueTask<bool> StillHoldsAsync(ServedVersion version, CancellationToken cancellationToken)
    {
        if (version.Fingerprint is null)
        {
            return false;
        }

        if (version.ChangeCounter is { } counter && dialect.ChangeCounter() == counter)
        {
            return true;
        }

        return (await ReadAsync(cancellationToken)).Fingerprint == version.Fingerprint;
    }

    private static RowsQuery Documents(Table table) => new(
        new Projection(table, [table[nameof(ReportDocument.PeriodId)], table[nameof(ReportDocument.Sha256)], table[nameof(ReportDocument.LoaderVersion)], table[nameof(ReportDocument.LoadedAt)]], []),
        null,
        [],
        0,
        int.MaxValue,
        false);
}

/// <summary>
/// The loaded reports' fingerprint, when the latest of them was loaded where that is recorded, and the database's
/// change counter it was read at (<see cref="SqlDialect.ChangeCounter"/>) where that is known.
/// </summary>
public sealed record DataVersionReading(string Fingerprint, DateTime? LoadedAt, long? ChangeCounter = null);

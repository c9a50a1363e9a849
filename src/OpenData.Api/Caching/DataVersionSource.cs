using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Caching;

/// <summary>
/// A cheap fingerprint of the loaded data: every load, by the server or the import command, writes its report's
/// document row (a new row, or a new SHA-256 or loader version) in the same transaction as the data.
/// </summary>
/// <remarks>
/// Its own context options, without the interceptors the app's factory adds: a background poll is not a
/// request's SQL, and the tests that count a request's commands must not see it.
/// </remarks>
public sealed class DataVersionSource(string connectionString)
{
    public const string QueryTag = "data version";

    private readonly DbContextOptions<OpenDataDbContext> _options = DatabaseServiceExtensions.Options(connectionString);

    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = new OpenDataDbContext(_options);
        var documents = await db.Documents.AsNoTracking().TagWith(QueryTag).OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.PeriodId, d.Sha256, d.LoaderVersion })
            .ToListAsync(cancellationToken);
        return string.Join(';', documents.Select(d => FormattableString.Invariant($"{d.Id}:{d.PeriodId}:{d.Sha256}:{d.LoaderVersion}")));
    }
}

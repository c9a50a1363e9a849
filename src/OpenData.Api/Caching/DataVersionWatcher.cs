using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.Caching;

/// <summary>
/// Polls the data version and evicts every cached GraphQL response when it changes. An import runs in another
/// process and cannot tell the server, so this poll is how the server learns; its interval bounds how long a
/// changed report can still be answered from the cache.
/// </summary>
/// <remarks>
/// Start-up seeding needs no eviction: it finishes before the host starts, while the in-memory cache is still
/// empty. The first version is read in <see cref="StartAsync"/>, before the server takes requests (hosted
/// services start first), so no cached entry is older than the version the polls compare against.
/// </remarks>
public sealed partial class DataVersionWatcher(
    DataVersionSource source,
    DataCacheStore cache,
    CacheSettings settings,
    RowStatistics statistics,
    DocumentCache documents,
    DataVersion served,
    ILogger<DataVersionWatcher> logger) : BackgroundService
{
    private DataVersionReading? _version;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _version = await TryReadAsync(cancellationToken);
        served.Set(_version);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PollAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPollFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var version = await source.ReadAsync(stoppingToken);
        // A null last version (unreadable at start) evicts on the first read that works: entries may have been
        // cached meanwhile.
        if (version.Fingerprint == _version?.Fingerprint)
        {
            // Unchanged, perhaps at a newer change counter: requests confirm their answers against that one.
            served.Set(version);
            return;
        }

        await cache.EvictByTagAsync(DataCacheStore.DataTag, stoppingToken);
        // Costs are estimated from the rows loaded, and documents keep the cost they were validated with.
        await statistics.RefreshAsync(stoppingToken);
        documents.Clear();
        _version = version;
        served.Set(version);
        LogEvicted(logger, DataCacheStore.DataTag);
    }

    private async Task<DataVersionReading?> TryReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPollFailed(logger, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The loaded reports changed: evicted the cached GraphQL responses (tag {Tag})")]
    private static partial void LogEvicted(ILogger logger, string tag);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the data version; cached GraphQL responses stay until a later poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}

using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OpenData.Api.Caching;

/// <summary>
/// <c>OutputCache:Redis</c>: a StackExchange.Redis configuration string (<c>host:6379</c>, with
/// <c>,password=…</c> and the rest where needed). When set, every instance keeps its answers in that Redis, so an
/// answer computed by one is served by all; keys carry the data version (<see cref="GraphQLCachePolicy"/>), so no
/// instance can be handed an answer of other data. <c>OutputCache:RedisInstanceName</c> (default <c>opendata:</c>)
/// prefixes every key, for a Redis that other deployments share.
/// </summary>
public static class RedisCache
{
    public const string Setting = "OutputCache:Redis";

    /// <summary>Registers the Redis store (before <see cref="DataCacheStore.Decorate"/> wraps it) and its health check.</summary>
    public static void AddRedisStore(IServiceCollection services, IHealthChecksBuilder health, string configuration, string instanceName)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // A Redis that is down must cost a request little: no failed start, short timeouts, and the breaker below.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        var connection = new Lazy<Task<IConnectionMultiplexer>>(async () => await ConnectionMultiplexer.ConnectAsync(options));
        // Made by the container, so the container disposes it (and the connection, if made) when the host stops.
        var endpoints = string.Join(", ", options.EndPoints);
        services.AddSingleton(_ => new RedisConnection(connection, endpoints));
        services.AddStackExchangeRedisOutputCache(redis =>
        {
            redis.InstanceName = instanceName;
            redis.ConnectionMultiplexerFactory = () => connection.Value;
        });
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new BypassWhenDown(
            (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
            provider.GetRequiredService<RedisConnection>().Endpoint,
            TimeProvider.System,
            provider.GetRequiredService<ILogger<BypassWhenDown>>()));
        health.AddCheck<RedisHealthCheck>("redis", tags: [Hosting.Health.Ready]);
    }
}

/// <summary>The one connection to Redis, shared by the store and the health check, made on first use.</summary>
public sealed record RedisConnection(Lazy<Task<IConnectionMultiplexer>> Multiplexer, string Endpoint) : IAsyncDisposable
{
    /// <summary>Closes the connection, and its reconnecting to a Redis that is gone, with the host.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Multiplexer.IsValueCreated && Multiplexer.Value.IsCompletedSuccessfully)
        {
            await Multiplexer.Value.Result.DisposeAsync();
        }
    }
}

/// <summary>
/// A store that never fails a request: when Redis errs or does not answer in time, the cache is bypassed — a miss,
/// and nothing kept — for <see cref="Pause"/>, then tried again. Logged once when it goes, once when it is back.
/// </summary>
public sealed partial class BypassWhenDown(IOutputCacheStore inner, string endpoint, TimeProvider clock, ILogger<BypassWhenDown> logger) : IOutputCacheStore
{
    /// <summary>How long a failure bypasses the store before the next request tries it again.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    private long _bypassUntil;
    private int _down;

    public bool IsBypassed => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _bypassUntil);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Evicting is housekeeping: entries of an old data version are never asked for again.
        if (!IsBypassed)
        {
            await TryAsync(async () => { await inner.EvictByTagAsync(tag, cancellationToken); return true; }, cancellationToken);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        IsBypassed ? null : await TryAsync(() => inner.GetAsync(key, cancellationToken), cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!IsBypassed)
        {
            await TryAsync(async () => { await inner.SetAsync(key, value, tags, validFor, cancellationToken); return true; }, cancellationToken);
        }
    }

    private async ValueTask<T?> TryAsync<T>(Func<ValueTask<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            var result = await action();
            if (Interlocked.Exchange(ref _down, 0) == 1)
            {
                LogBack(logger, endpoint);
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _bypassUntil, (clock.GetUtcNow() + Pause).UtcTicks);
            if (Interlocked.Exchange(ref _down, 1) == 0)
            {
                LogDown(logger, endpoint, e.GetType().Name, e.Message);
            }

            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis ({Endpoint}) did not answer ({Error}: {Message}): the output cache is bypassed, answers are computed every time, until it answers again")]
    private static partial void LogDown(ILogger logger, string endpoint, string error, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis ({Endpoint}) answers again: the output cache is back")]
    private static partial void LogBack(ILogger logger, string endpoint);
}

/// <summary>Healthy when Redis answers a PING within a second; Degraded, not Unhealthy, otherwise (answers still come, uncached).</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await redis.Multiplexer.Value.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
            return HealthCheckResult.Healthy($"Redis answers ({latency.TotalMilliseconds:0.0} ms); answers are shared between instances.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"Redis does not answer ({e.GetType().Name}): the output cache is bypassed; answers still come, computed every time.");
        }
    }
}

using System.Net;
using System.Threading.RateLimiting;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// A token bucket per client IP address (ASP.NET Core's rate limiting primitives): every request takes one token
/// on the way in, and an answer the output cache cannot give takes <c>Limits:Rate:UncachedCost</c> − 1 more, so
/// cached answers cost less than computed ones. Clients on this machine pass untouched unless
/// <c>Limits:Rate:ExemptLoopback</c> is false: behind a reverse proxy every client would be loopback.
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    private readonly RateLimits _limits;
    private readonly PartitionedRateLimiter<string> _buckets;

    public ClientRateLimiter(RequestLimits limits)
    {
        _limits = limits.Rate;
        var rate = limits.Rate;
        _buckets = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = rate.TokenLimit,
            // Refilled ten times a second rather than once, so a client past its burst is let in smoothly.
            TokensPerPeriod = Math.Max(1, rate.TokensPerSecond / 10),
            ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, rate.TokensPerSecond / 10) / (double)rate.TokensPerSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes <paramref name="tokens"/> from the client's bucket; the wait to suggest when there are not enough, else null.</summary>
    public TimeSpan? Take(HttpContext context, int tokens)
    {
        if (tokens <= 0 || context.Connection.RemoteIpAddress is not { } address || (_limits.ExemptLoopback && IPAddress.IsLoopback(address)))
        {
            return null;
        }

        using var lease = _buckets.AttemptAcquire(address.ToString(), Math.Min(tokens, _limits.TokenLimit));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);
    }

    /// <summary>The extra tokens an uncached answer takes.</summary>
    public int UncachedExtra => _limits.UncachedCost - 1;

    public void Dispose() => _buckets.Dispose();
}

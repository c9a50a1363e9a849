using System.Collections.Concurrent;
using OpenData.Api.Querying;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// Makes the server's statements slow: each one waits as it is sent. The data here answers in microseconds, so
/// this is how a test gets a request to still be running when its client goes away, its time runs out or
/// another request arrives.
/// </summary>
public sealed class SlowStatements : ISqlObserver
{
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly TimeSpan _delay;

    public SlowStatements(TimeSpan delay)
    {
        _delay = delay;

        // Each wait holds a thread-pool thread; on two cores the pool would add threads too slowly for the next
        // request to arrive while the statement still waits.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), ports);
    }

    public IReadOnlyList<string> Sent => [.. _sent];

    public void Executing(string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        // The statistics read at start-up are not a request's.
        if (sql.StartsWith("SELECT (SELECT COUNT(*)", StringComparison.Ordinal))
        {
            return;
        }

        _sent.Enqueue(sql);
        Thread.Sleep(_delay);
    }
}

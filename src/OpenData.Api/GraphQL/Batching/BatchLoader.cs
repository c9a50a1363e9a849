using GraphQL.DataLoader;

namespace OpenData.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys that sibling fields ask for and loads them all with one query when the first result
/// is awaited. GraphQL.NET resolves every field of a level before it awaits data-loader results, so a list
/// of 22 departments costs one statement, not 22.
/// </summary>
public sealed class BatchLoader<TValue>(Func<IReadOnlyCollection<int>, CancellationToken, Task<ILookup<int, TValue>>> fetch) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private readonly HashSet<int> _pending = [];
    private readonly Dictionary<int, IReadOnlyList<TValue>> _loaded = [];

    public void Dispose() => _fetching.Dispose();

    public IDataLoaderResult<IReadOnlyList<TValue>> Load(int key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    /// <summary>The single row for a key (to-one links), or null.</summary>
    public IDataLoaderResult LoadOne(int key) => new First(Load(key), row => row);

    /// <summary>The single row for a key, passed through <paramref name="map"/> once loaded.</summary>
    public IDataLoaderResult LoadOne(int key, Func<object?, object?> map) => new First(Load(key), map);

    private async Task<IReadOnlyList<TValue>> GetAsync(int key, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (_loaded.TryGetValue(key, out var found))
            {
                return found;
            }

            int[] keys;
            lock (_gate)
            {
                _pending.Add(key);
                keys = [.. _pending];
                _pending.Clear();
            }

            var lookup = await fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                _loaded[k] = [.. lookup[k]];
            }

            return _loaded[key];
        }
        finally
        {
            _fetching.Release();
        }
    }

    private sealed class Pending(BatchLoader<TValue> loader, int key) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class First(IDataLoaderResult<IReadOnlyList<TValue>> rows, Func<object?, object?> map) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await rows.GetResultAsync(cancellationToken) is [var first, ..] ? first : null);
    }
}

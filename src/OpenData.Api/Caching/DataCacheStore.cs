using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace OpenData.Api.Caching;

/// <summary>
/// The output cache store, fenced against a race eviction alone loses: a request that read the data before an
/// import committed can finish after the eviction and store its stale answer for the full expiration. Each
/// response is tagged with the eviction generation current when its request began, and one begun before the
/// latest eviction is not stored. Stores and evictions take turns, so none slips between the check and the write.
/// </summary>
public sealed class DataCacheStore(IOutputCacheStore inner) : IOutputCacheStore, IDisposable
{
    /// <summary>The tag of every cached GraphQL response: all of them depend on the loaded reports.</summary>
    public const string DataTag = "opendata-data";

    private const string GenerationTagPrefix = "opendata-generation-";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _generation;

    /// <summary>The tag for a request beginning now.</summary>
    public string CurrentGenerationTag => GenerationTagPrefix + Volatile.Read(ref _generation).ToString(CultureInfo.InvariantCulture);

    /// <summary>Replaces the store AddOutputCache registered (in memory unless another was added) with itself around it.</summary>
    internal static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton(provider => new DataCacheStore(Create(registered, provider)));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<DataCacheStore>());
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (tag == DataTag)
            {
                Interlocked.Increment(ref _generation);
            }

            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (tags is null || !tags.Contains(DataTag) || tags.Contains(CurrentGenerationTag))
            {
                await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();

    private static IOutputCacheStore Create(ServiceDescriptor registered, IServiceProvider provider) =>
        (IOutputCacheStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));
}

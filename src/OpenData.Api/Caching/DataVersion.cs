namespace OpenData.Api.Caching;

/// <summary>
/// The data version this process serves, as <see cref="DataVersionWatcher"/> last read it, and when it first saw
/// it: the <c>Last-Modified</c> of every answer. An import shows here within the watcher's poll interval.
/// </summary>
public sealed class DataVersion(TimeProvider clock)
{
    private State _state = new(null, clock.GetUtcNow());

    public string? Current => Volatile.Read(ref _state).Version;

    /// <summary>When this process first served the current version, to the second as HTTP dates are.</summary>
    public DateTimeOffset Since => Volatile.Read(ref _state).Since;

    public void Set(string? version)
    {
        if (version != Current)
        {
            var now = clock.GetUtcNow();
            Volatile.Write(ref _state, new State(version, new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero)));
        }
    }

    private sealed record State(string? Version, DateTimeOffset Since);
}

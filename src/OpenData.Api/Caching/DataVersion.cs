namespace OpenData.Api.Caching;

/// <summary>
/// The data version this process serves, as <see cref="DataVersionWatcher"/> last read it, and since when: the
/// time the database records for the latest load (the same on every instance), else when this process first saw
/// it. That is the <c>Last-Modified</c> of every answer. An import shows here within the watcher's poll interval.
/// </summary>
public sealed class DataVersion(TimeProvider clock)
{
    private State _state = new(null, [], ToTheSecond(clock.GetUtcNow()));

    public string? Current => Volatile.Read(ref _state).Version;

    /// <summary><see cref="Current"/> in UTF-8, made once per version: every ETag hashes it.</summary>
    public ReadOnlySpan<byte> CurrentUtf8 => Volatile.Read(ref _state).Utf8;

    /// <summary>Since when the current version is served, to the second as HTTP dates are.</summary>
    public DateTimeOffset Since => Volatile.Read(ref _state).Since;

    public void Set(DataVersionReading? reading)
    {
        if (reading is null || reading.Fingerprint == Current)
        {
            return;
        }

        var since = reading.LoadedAt is { } loaded ? new DateTimeOffset(DateTime.SpecifyKind(loaded, DateTimeKind.Utc)) : clock.GetUtcNow();
        Volatile.Write(ref _state, new State(reading.Fingerprint, System.Text.Encoding.UTF8.GetBytes(reading.Fingerprint), ToTheSecond(since)));
    }

    private static DateTimeOffset ToTheSecond(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private sealed record State(string? Version, byte[] Utf8, DateTimeOffset Since);
}

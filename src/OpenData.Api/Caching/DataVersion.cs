using System.Security.Cryptography;

namespace OpenData.Api.Caching;

/// <summary>
/// The data version this process serves, as <see cref="DataVersionWatcher"/> last read it, and since when: the
/// time the database records for the latest load (the same on every instance), else when this process first saw
/// it. That is the <c>Last-Modified</c> of every answer. An import shows here within the watcher's poll interval.
/// </summary>
public sealed class DataVersion(TimeProvider clock)
{
    private ServedVersion _state = ServedVersion.Of(null, ToTheSecond(clock.GetUtcNow()));

    /// <summary>The version now, whole: a request takes it once, as it begins (<see cref="DataVersionStamp"/>).</summary>
    public ServedVersion Snapshot => Volatile.Read(ref _state);

    public string? Current => Snapshot.Fingerprint;

    /// <summary>Since when the current version is served, to the second as HTTP dates are.</summary>
    public DateTimeOffset Since => Snapshot.Since;

    public void Set(DataVersionReading? reading)
    {
        var current = Snapshot;
        if (reading is null || (reading.Fingerprint == current.Fingerprint && reading.ChangeCounter == current.ChangeCounter))
        {
            return;
        }

        if (reading.Fingerprint == current.Fingerprint)
        {
            // The same version, read at a newer change counter (something committed without changing the reports).
            Volatile.Write(ref _state, current.At(reading.ChangeCounter));
            return;
        }

        var since = reading.LoadedAt is { } loaded ? new DateTimeOffset(DateTime.SpecifyKind(loaded, DateTimeKind.Utc)) : clock.GetUtcNow();
        Volatile.Write(ref _state, ServedVersion.Of(reading.Fingerprint, ToTheSecond(since), reading.ChangeCounter));
    }

    private static DateTimeOffset ToTheSecond(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}

/// <summary>
/// One data version: the fingerprint of the loaded reports (null before it could be read), its UTF-8 (every ETag
/// hashes it), since when it is served, and <see cref="Key"/>, the short form that output cache keys and the
/// <c>Data-Version</c> header carry: the same on every instance serving the same data. Where the database keeps a
/// change counter, the number it was read at (<see cref="ChangeCounter"/>): while the counter stays there, the
/// database still holds this version.
/// </summary>
public sealed class ServedVersion
{
    private ServedVersion(string? fingerprint, DateTimeOffset since, long? changeCounter)
    {
        Fingerprint = fingerprint;
        Utf8 = System.Text.Encoding.UTF8.GetBytes(fingerprint ?? string.Empty);
        Since = since;
        Key = fingerprint is null ? "unknown" : Convert.ToHexStringLower(SHA256.HashData(Utf8).AsSpan(0, 8));
        ChangeCounter = changeCounter;
    }

    private ServedVersion(ServedVersion version, long? changeCounter)
    {
        Fingerprint = version.Fingerprint;
        Utf8 = version.Utf8;
        Since = version.Since;
        Key = version.Key;
        ChangeCounter = changeCounter;
    }

    public string? Fingerprint { get; }

    public byte[] Utf8 { get; }

    public DateTimeOffset Since { get; }

    public string Key { get; }

    public long? ChangeCounter { get; }

    internal static ServedVersion Of(string? fingerprint, DateTimeOffset since, long? changeCounter = null) => new(fingerprint, since, changeCounter);

    internal ServedVersion At(long? changeCounter) => new(this, changeCounter);
}

/// <summary>
/// Takes the data version for each request to the data paths as it begins, before the output cache looks: its
/// cache key, its ETag, its <c>Last-Modified</c> and its <c>Data-Version</c> are all of that one version.
/// </summary>
public static class DataVersionStamp
{
    public static IApplicationBuilder UseDataVersionStamp(this IApplicationBuilder app)
    {
        var version = app.ApplicationServices.GetRequiredService<DataVersion>();
        return app.Use((context, next) =>
        {
            context.Features.Set(version.Snapshot);
            return next(context);
        });
    }

    /// <summary>The version the request began with (the current one where nothing stamped it).</summary>
    public static ServedVersion VersionOf(HttpContext context) =>
        context.Features.Get<ServedVersion>() ?? context.RequestServices.GetRequiredService<DataVersion>().Snapshot;
}

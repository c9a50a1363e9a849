using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using OpenData.Api.GraphQL.Languages;

namespace OpenData.Api.Caching;

/// <summary>
/// Caches GraphQL GET and POST answers. Queries are all there is (no mutations exist), so a request is keyed by
/// what can change its answer: the body's SHA-256, the query string, Accept (it picks the media type),
/// Content-Type (a wrong one is a 415, not a cached 200), the data version the request began with, and the language negotiated from Accept-Language (not the
/// header itself, whose many spellings name two languages). A saved query's GET (<c>?documentId=…</c>) is keyed by its
/// query string like any GET. Only 200s are kept (never a 294 Partial Success); the endpoint also refuses any
/// response with errors, which may be passing (a database busy during an import). An answer is kept the second time
/// its request is asked for (<see cref="SecondRequestFilter"/>), unless the filter is null; the first time the
/// response is not even buffered for the cache, so a stream of one-off queries costs the cache nothing.
/// </summary>
/// <remarks>An export's media type is its file extension: its policy varies by no header (<paramref name="byHeaders"/> false).</remarks>
internal sealed class GraphQLCachePolicy(TimeSpan expiration, SecondRequestFilter? asked, bool byHeaders = true) : IOutputCachePolicy
{
    /// <summary>Larger bodies are executed every time rather than hashed and kept.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly string[] _varyByHeaders = [HeaderNames.Accept, HeaderNames.ContentType];

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var isPost = HttpMethods.IsPost(request.Method);
        context.EnableOutputCaching = expiration > TimeSpan.Zero && (HttpMethods.IsGet(request.Method) || isPost);
        if (!context.EnableOutputCaching)
        {
            return;
        }

        string? bodyHash = null;
        if (isPost)
        {
            bodyHash = await HashBodyAsync(request, cancellation);
            if (bodyHash is null)
            {
                context.EnableOutputCaching = false;
                return;
            }

            context.CacheVaryByRules.VaryByValues["body-sha256"] = bodyHash;
        }

        // If-None-Match and If-Modified-Since are for GET: a POST answered 304 from the cache would make no sense.
        context.AllowCacheLookup = !isPost || (request.Headers.IfNoneMatch.Count == 0 && request.Headers.IfModifiedSince.Count == 0);
        context.AllowCacheStorage = asked is null || asked.SeenBefore(RequestHash(context.HttpContext, bodyHash, byHeaders));
        context.AllowLocking = true;
        // The version the request began with: an instance, or a shared cache, can only ever hand an answer to a request
        // of the same data version (after an import, the old answers are simply never asked for again).
        context.CacheVaryByRules.VaryByValues["data-version"] = DataVersionStamp.VersionOf(context.HttpContext).Key;
        context.ResponseExpirationTimeSpan = expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        if (byHeaders)
        {
            context.CacheVaryByRules.HeaderNames = _varyByHeaders;
            // English answers keep the key they had; a Spanish one adds its language to it.
            if (RequestLanguage.Of(context.HttpContext) == Language.Spanish)
            {
                context.CacheVaryByRules.VaryByValues["language"] = RequestLanguage.Code(Language.Spanish);
            }
        }

        context.Tags.Add(DataCacheStore.DataTag);
        context.Tags.Add(context.HttpContext.RequestServices.GetRequiredService<DataCacheStore>().CurrentGenerationTag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A hash of what the cache key varies by, built without a string on the request's path.</summary>
    private static int RequestHash(HttpContext context, string? bodyHash, bool byHeaders)
    {
        var request = context.Request;
        var hash = new HashCode();
        hash.Add(request.Method, StringComparer.Ordinal);
        hash.Add(request.Path.Value, StringComparer.Ordinal);
        hash.Add(request.QueryString.Value, StringComparer.Ordinal);
        foreach (var accept in request.Headers.Accept)
        {
            hash.Add(accept, StringComparer.Ordinal);
        }

        hash.Add(request.ContentType, StringComparer.Ordinal);
        hash.Add(bodyHash, StringComparer.Ordinal);
        hash.Add(byHeaders && RequestLanguage.Of(context) == Language.Spanish);
        return hash.ToHashCode();
    }

    /// <returns>The body's SHA-256 in hex, or null when it is larger than <see cref="MaxBodyBytes"/>.</returns>
    private static async Task<string?> HashBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            return await HashKnownLengthAsync(request, (int)length, cancellation);
        }

        // Buffered so the endpoint reads the body again from the start.
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(8 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellation)) > 0)
            {
                total += read;
                if (total > MaxBodyBytes)
                {
                    return null;
                }

                hash.AppendData(buffer, 0, read);
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            request.Body.Position = 0;
        }
    }

    /// <summary>
    /// A body of a stated length (every POST a client library sends): read whole into one array, hashed in one call,
    /// and handed to the endpoint from memory. Buffering through a file-backed stream with an incremental hash was
    /// 12 % of a cached answer's time (dotnet-trace); this is what the output cache's own body reading would cost.
    /// </summary>
    private static async Task<string?> HashKnownLengthAsync(HttpRequest request, int length, CancellationToken cancellation)
    {
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await request.Body.ReadAsync(body.AsMemory(read), cancellation);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        // A body shorter than its Content-Length (Kestrel refuses one that is longer) goes on as read, uncached.
        request.Body = new MemoryStream(body, 0, read, writable: false);
        return read == length ? Convert.ToHexString(SHA256.HashData(body)) : null;
    }
}

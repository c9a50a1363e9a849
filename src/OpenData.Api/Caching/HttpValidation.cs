using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.Hosting;

namespace OpenData.Api.Caching;

/// <summary>
/// HTTP caching for the data paths (<c>/graphql</c> and <c>/export</c>), inside the output cache so what it adds is
/// kept with a cached answer: a strong <c>ETag</c> hashing the data version and the answer's bytes, so an ETag can
/// only ever name the bytes it came with; <c>Cache-Control: public, max-age</c> and <c>Last-Modified</c> on good
/// answers; <c>304 Not Modified</c> for a GET whose <c>If-None-Match</c> (or, without it, <c>If-Modified-Since</c>)
/// still holds; <c>Cache-Control: no-store</c> on every error and every answer that carries errors.
/// </summary>
/// <remarks>
/// Every label is of the version the request began with (<see cref="DataVersionStamp"/>), and a good answer gets it
/// only once the database is seen to still hold that version after the answer was computed: an import that committed
/// meanwhile (seen by this process or not: another instance's, or before this one's next poll) leaves the answer
/// unlabelled — no ETag, no <c>Data-Version</c>, <c>no-store</c>, kept by no cache — so no answer, here or in a shared
/// cache, ever carries one version's label on another's figures. That costs one read of the document rows per answer
/// computed (on SQLite, only its change counter, unless that moved); answers from the output cache cost nothing.
/// </remarks>
public sealed partial class HttpValidation(RequestDelegate next, HttpCacheSettings settings, DataVersionSource source, ILogger<HttpValidation> logger)
{
    /// <summary>The short form of the data version an answer was computed from (<see cref="ServedVersion.Key"/>).</summary>
    public const string DataVersionHeader = "Data-Version";

    /// <summary>Answers up to this size are held and hashed; a longer export streams on with no ETag.</summary>
    public const int MaxHeldBytes = 512 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!(isRead || HttpMethods.IsPost(request.Method)) || !(request.Path == "/graphql" || request.Path.StartsWithSegments("/export")))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var inner = response.Body;
        var stamp = DataVersionStamp.VersionOf(context);
        await using var held = new HeldBody(inner, MaxHeldBytes, () =>
        {
            // Too long to hold: sent as it comes, so its version cannot be confirmed before its headers go. It is labelled
            // with no version and kept by no cache.
            MarkUnconfirmed(context);
            return ValueTask.CompletedTask;
        });
        response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = inner;
        }

        if (held.Released || response.HasStarted)
        {
            return;
        }

        if (IsGoodAnswer(context) && !await IsStillCurrentAsync(stamp, context.RequestAborted))
        {
            MarkUnconfirmed(context);
        }
        else if (IsGoodAnswer(context))
        {
            var etag = ETagOf(stamp, held, request.Path == "/graphql" ? RequestLanguage.Of(context) : Language.English);
            MarkCacheable(context, stamp, etag);
            if (isRead && IsNotModified(request, stamp, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.Headers.Remove(HeaderNames.ContentType);
                response.Headers.Remove(HeaderNames.ContentDisposition);
                return;
            }
        }
        else if (response.StatusCode != StatusCodes.Status304NotModified)
        {
            response.Headers.CacheControl = "no-store";
        }

        response.ContentLength = held.HeldLength;
        await held.WriteHeldAsync(inner, context.RequestAborted);
    }

    private static bool IsGoodAnswer(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status200OK && !context.Items.ContainsKey(RequestLog.ErrorsItem);

    /// <summary>Whether the database still holds the version the request began with, now that its answer is computed.</summary>
    private async ValueTask<bool> IsStillCurrentAsync(ServedVersion stamp, CancellationToken cancellationToken)
    {
        try
        {
            return await source.StillHoldsAsync(stamp, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnconfirmed(logger, e);
            return false;
        }
    }

    private void MarkCacheable(HttpContext context, ServedVersion stamp, string etag)
    {
        var headers = context.Response.GetTypedHeaders();
        context.Response.Headers.ETag = etag;
        context.Response.Headers[DataVersionHeader] = stamp.Key;
        headers.LastModified = stamp.Since;
        context.Response.Headers.CacheControl = settings.CacheControl;
    }

    /// <summary>An answer whose version is not known for sure, or an error: no label, and no cache keeps it.</summary>
    private static void MarkUnconfirmed(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }

    private static bool IsNotModified(HttpRequest request, ServedVersion stamp, string etag)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            var current = new EntityTagHeaderValue(etag);
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && stamp.Since <= since;
    }

    /// <remarks>
    /// A GraphQL answer in Spanish hashes its language too: a data answer has the same bytes in both, yet a cache
    /// that kept the English one must not take a Spanish client's If-None-Match for it.
    /// </remarks>
    private static string ETagOf(ServedVersion stamp, HeldBody body, Language language)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(stamp.Utf8);
        if (language == Language.Spanish)
        {
            hash.AppendData("es"u8);
        }

        foreach (var piece in body.Pieces())
        {
            hash.AppendData(piece.Span);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return string.Create(CultureInfo.InvariantCulture, $"\"{Convert.ToHexStringLower(digest[..16])}\"");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not confirm an answer's data version: it is served unlabelled and uncached")]
    private static partial void LogUnconfirmed(ILogger logger, Exception exception);
}

/// <summary>
/// <c>HttpCache:MaxAgeSeconds</c> (default 60): how long browsers and CDNs may reuse a good answer without asking
/// again; after an import they may keep the old one that long, then revalidate with its ETag.
/// </summary>
public sealed record HttpCacheSettings(string CacheControl)
{
    public static HttpCacheSettings From(IConfiguration configuration)
    {
        var seconds = configuration.GetValue("HttpCache:MaxAgeSeconds", 60);
        if (seconds < 0)
        {
            throw new InvalidOperationException($"HttpCache:MaxAgeSeconds must be 0 or more (is {seconds}).");
        }

        return new HttpCacheSettings(string.Create(CultureInfo.InvariantCulture, $"public, max-age={seconds}"));
    }
}

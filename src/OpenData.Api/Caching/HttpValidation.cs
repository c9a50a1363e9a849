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
public sealed class HttpValidation(RequestDelegate next, DataVersion version, HttpCacheSettings settings)
{
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
        await using var held = new HeldBody(inner, MaxHeldBytes, () =>
        {
            MarkCacheable(context, etag: null);
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

        if (IsGoodAnswer(context))
        {
            var etag = ETagOf(held, request.Path == "/graphql" ? RequestLanguage.Of(context) : Language.English);
            MarkCacheable(context, etag);
            if (isRead && IsNotModified(request, etag))
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

    private void MarkCacheable(HttpContext context, string? etag)
    {
        if (!IsGoodAnswer(context))
        {
            context.Response.Headers.CacheControl = "no-store";
            return;
        }

        var headers = context.Response.GetTypedHeaders();
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        headers.LastModified = version.Since;
        context.Response.Headers.CacheControl = settings.CacheControl;
    }

    private bool IsNotModified(HttpRequest request, string etag)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            var current = new EntityTagHeaderValue(etag);
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && version.Since <= since;
    }

    /// <remarks>
    /// A GraphQL answer in Spanish hashes its language too: a data answer has the same bytes in both, yet a cache
    /// that kept the English one must not take a Spanish client's If-None-Match for it.
    /// </remarks>
    private string ETagOf(HeldBody body, Language language)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(version.CurrentUtf8);
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

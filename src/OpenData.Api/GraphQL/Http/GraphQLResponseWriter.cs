using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace OpenData.Api.GraphQL.Http;

/// <summary>Writes execution results, and errors raised before execution, as GraphQL JSON responses.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpContext context, ExecutionResult result, int statusCode, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        if (statusCode == GraphQLStatusCodes.PartialSuccess && context.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            // Kestrel knows no phrase for a code HTTP itself does not define; HTTP/1.1 logs and proxies show this one.
            feature.ReasonPhrase = "Partial Success";
        }

        response.ContentType = $"{mediaType}; charset=utf-8";
        // The body's media type follows the Accept header and its descriptions and messages Accept-Language, so caches must key on both.
        response.Headers.Vary = "Accept, Accept-Language";
        var hasErrors = result.Errors is { Count: > 0 };
        if (hasErrors && context.Features.Get<IOutputCacheFeature>() is { } outputCache)
        {
            // An error may pass (the database busy during an import, say): never keep one for later requests.
            outputCache.Context.AllowCacheStorage = false;
        }

        if (serializer is OpenDataGraphQLSerializer { Options: var options })
        {
            // The same bytes System.Text.Json writes to a stream (its writer options), held in pooled pieces.
            using var body = new PooledSegments();
            using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions
            {
                Encoder = options.Encoder,
                Indented = options.WriteIndented,
                MaxDepth = options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth,
                SkipValidation = true,
            }))
            {
                JsonSerializer.Serialize(writer, result, options);
            }

            await body.WriteToAsync(response.Body, context.RequestAborted);
            return;
        }

        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    /// <summary>System.Text.Json's nesting limit when its options leave it at 0.</summary>
    private const int DefaultMaxDepth = 64;

    /// <summary>A request error: no <c>data</c> entry, one error with a code clients can switch on.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string mediaType, string message) =>
        WriteErrorAsync(context, statusCode, mediaType, new ExecutionError(message) { Code = CodeFor(statusCode) });

    public Task WriteErrorAsync(HttpContext context, int statusCode, string mediaType, ExecutionError error) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, statusCode, mediaType);

    private static string CodeFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status405MethodNotAllowed => "METHOD_NOT_ALLOWED",
        StatusCodes.Status406NotAcceptable => "NOT_ACCEPTABLE",
        StatusCodes.Status413PayloadTooLarge => "PAYLOAD_TOO_LARGE",
        StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
        StatusCodes.Status429TooManyRequests => "RATE_LIMITED",
        _ => "BAD_REQUEST",
    };
}

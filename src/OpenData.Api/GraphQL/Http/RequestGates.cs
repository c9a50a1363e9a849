using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// What every request to the GraphQL path meets before the output cache: the body limit (413, by Content-Length
/// at once, else as the body streams in) and one token of the client's rate (429 with Retry-After). An answer the
/// cache cannot give takes more tokens at the endpoint.
/// </summary>
public static class RequestGates
{
    public static IApplicationBuilder UseGraphQLRequestGates(this IApplicationBuilder app, string path = "/graphql") =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(path))
            {
                await next(context);
                return;
            }

            var services = context.RequestServices;
            var limits = services.GetRequiredService<RequestLimits>();
            var writer = services.GetRequiredService<GraphQLResponseWriter>();
            var mediaType = GraphQLMediaTypes.Negotiate(context.Request.GetTypedHeaders().Accept) ?? GraphQLMediaTypes.Json;
            if (context.Request.ContentLength > limits.MaxBodyBytes)
            {
                await writer.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, mediaType, new LimitError(
                    "PAYLOAD_TOO_LARGE", "Limits:MaxBodyBytes", limits.MaxBodyBytes, context.Request.ContentLength,
                    $"The request body has {context.Request.ContentLength} bytes; at most {limits.MaxBodyBytes} are allowed (Limits:MaxBodyBytes)."));
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limits.MaxBodyBytes;
            }

            if (services.GetRequiredService<ClientRateLimiter>().Take(context, 1) is { } retryAfter)
            {
                await RefuseAsync(context, writer, mediaType, retryAfter, limits);
                return;
            }

            await next(context);
        });

    internal static Task RefuseAsync(HttpContext context, GraphQLResponseWriter writer, string mediaType, TimeSpan retryAfter, RequestLimits limits)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return writer.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, mediaType, new LimitError(
            "RATE_LIMITED", "Limits:Rate", limits.Rate.TokensPerSecond, null,
            $"Too many requests from this address: {limits.Rate.TokensPerSecond} a second are allowed, in bursts of up to {limits.Rate.TokenLimit} (Limits:Rate); try again in {seconds} s."));
    }
}

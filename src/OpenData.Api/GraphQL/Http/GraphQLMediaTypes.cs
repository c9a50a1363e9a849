using Microsoft.Net.Http.Headers;

namespace OpenData.Api.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP and the choice between them.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from an Accept header, or null when none is acceptable (406).
    /// No Accept, <c>*/*</c> and <c>application/*</c> mean <c>application/json</c>: the spec asks this
    /// of servers during the watershed, and clients such as Banana Cake Pop rely on it.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var range in accept.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var mediaType = range.MediaType.Value;
            if (string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (string.Equals(mediaType, Json, StringComparison.OrdinalIgnoreCase)
                || string.Equals(mediaType, "application/*", StringComparison.OrdinalIgnoreCase)
                || string.Equals(mediaType, "*/*", StringComparison.Ordinal))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>True for <c>application/json</c> in UTF-8, the only request body this endpoint reads.</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Length == 0 || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a browser navigates here: it wants a page, so it gets the IDE.</summary>
    public static bool PrefersHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(r => (r.Quality ?? 1) > 0 && string.Equals(r.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));
}

using System.Net.Http.Headers;
using System.Text;

namespace OpenData.Api.Tests.Http;

/// <summary>Builds the raw HTTP requests the tests send, so each test shows exactly what goes on the wire.</summary>
internal static class GraphQLRequests
{
    public const string GraphQLPath = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(string body, string? accept = null, string? contentType = Json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLPath)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return WithAccept(request, accept);
    }

    public static HttpRequestMessage Get(string queryString, string? accept = null) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Get, $"{GraphQLPath}?{queryString}"), accept);

    /// <summary>The request with <c>Accept-Language</c> as given (unvalidated, as a browser may send anything), or without one for null.</summary>
    public static HttpRequestMessage WithAcceptLanguage(HttpRequestMessage request, string? acceptLanguage)
    {
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return request;
    }

    public static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}

using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Http;

/// <summary>Every way a request can fail, its status code and its body.</summary>
public sealed class GraphQLHttpErrorTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethod_Returns405WithAllow(string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), GraphQLPath));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Get_Mutation_Returns405WithAllowAndDoesNotExecute(string accept)
    {
        using var client = EndpointTestSchema.Use(factory).CreateClient();

        using var response = await client.SendAsync(Get("query=mutation%20%7B%20touch%20%7D", accept));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("touched", body, StringComparison.Ordinal);
        Assert.Equal("METHOD_NOT_ALLOWED", ErrorCode(body));
    }

    [Fact]
    public async Task Post_Mutation_Executes()
    {
        using var client = EndpointTestSchema.Use(factory).CreateClient();

        using var response = await client.SendAsync(Post("""{"query":"mutation { touch }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"touch":"touched"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task Post_WithUnacceptableAccept_Returns406(string accept)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", ErrorCode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_WithUnsupportedContentType_Returns415(string? contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", Json, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", ErrorCode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("""{ "not a JSON""", "The request body is not valid JSON")]
    [InlineData("", "The request body is not valid JSON")]
    [InlineData("""[{"query":"{ __typename }"}]""", "must be a JSON object")]
    [InlineData("""{"notquery":"{ __typename }"}""", "The 'query' parameter is required.")]
    [InlineData("""{"query":null}""", "The 'query' parameter is required.")]
    [InlineData("""{"query":0}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", "The 'operationName' parameter must be a string.")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "The 'variables' parameter must be a JSON object.")]
    [InlineData("""{"query":"{ __typename }","extensions":["array"]}""", "The 'extensions' parameter must be a JSON object.")]
    public async Task Post_WithMalformedBody_Returns400WithClearMessage(string body, string expectedMessage)
    {
        foreach (var accept in new[] { Json, GraphQLResponseJson })
        {
            using var response = await _client.SendAsync(Post(body, accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
            var json = await response.Content.ReadAsStringAsync();
            Assert.Contains(expectedMessage, ErrorMessage(json), StringComparison.Ordinal);
            Assert.Equal("BAD_REQUEST", ErrorCode(json));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("operationName=A")]
    [InlineData("query=%7B__typename%7D&variables=%7Bnot-json")]
    [InlineData("query=%7B__typename%7D&variables=%5B%5D")]
    [InlineData("query=%7B__typename%7D&query=%7B__typename%7D")]
    public async Task Get_WithMalformedParameters_Returns400(string queryString)
    {
        using var response = await _client.SendAsync(Get(queryString, Json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", ErrorCode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ doesNotExist }"}""")]
    [InlineData("""{"query":"query ($id: ID!) { __typename }","variables":{"id":null}}""")]
    [InlineData("""{"query":"query A { __typename }","operationName":"B"}""")]
    public async Task DocumentError_Is400WithoutDataForGraphQLResponseJson_And200ForJson(string body)
    {
        using var strict = await _client.SendAsync(Post(body, GraphQLResponseJson));
        using var legacy = await _client.SendAsync(Post(body, Json));

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        foreach (var response in new[] { strict, legacy })
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(json.RootElement.TryGetProperty("data", out _));
            Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
        }
    }

    /// <summary>
    /// Data beside errors is a partial success: 294 with graphql-response+json, as the current GraphQL-over-HTTP
    /// draft recommends; 200 with application/json, the only media type the draft keeps 200 for.
    /// </summary>
    [Theory]
    [InlineData(GraphQLResponseJson, 294, "graphql-response")]
    [InlineData(Json, 200, "json")]
    public async Task FieldThatThrows_AnswersDataAndAGenericError_294ForGraphQLResponseJson_200ForJson(string accept, int status, string snapshotName)
    {
        using var client = EndpointTestSchema.Use(factory).CreateClient();

        using var response = await client.SendAsync(Post("""{"query":"{ ok broken }"}""", accept));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        // Each request has its own trace id: the snapshot shows where it sits, not its value.
        Assert.Matches("\"traceId\":\"[^\"]+\"", body);
        Snapshot.Match(System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]+\"", "\"traceId\":\"(per request)\""), SnapshotNameExtension.Create(snapshotName));
    }

    [Fact]
    public async Task FieldThatThrows_LeaksNoExceptionDetails()
    {
        using var client = EndpointTestSchema.Use(factory).CreateClient();

        using var response = await client.SendAsync(Post("""{"query":"{ broken }"}"""));

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(EndpointTestSchema.SecretMessage, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.Equal("Internal server error", ErrorMessage(body));
        Assert.Equal("INTERNAL_SERVER_ERROR", ErrorCode(body));
    }

    private static JsonElement FirstError(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("errors")[0].Clone();
    }

    private static string? ErrorMessage(string json) => FirstError(json).GetProperty("message").GetString();

    private static string? ErrorCode(string json) => FirstError(json).GetProperty("extensions").GetProperty("code").GetString();
}

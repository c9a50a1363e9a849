using System.Net;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Http;

/// <summary>Successful requests: GET and POST, parameters, and the response media type chosen from Accept.</summary>
public sealed class GraphQLHttpEndpointTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string TypenameQuery = """{"query":"{ __typename }"}""";
    private const string TypenameResult = """{"data":{"__typename":"Query"}}""";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, */*;q=0.8", Json)]
    public async Task Post_WithAccept_AnswersNegotiatedMediaTypeInUtf8(string? accept, string expectedMediaType)
    {
        using var response = await _client.SendAsync(Post(TypenameQuery, accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(TypenameResult, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithUtf8CharsetVariablesAndOperationName_ExecutesNamedOperation()
    {
        const string body = """
            {"query":"query A { __typename } query B($name: String!) { __type(name: $name) { name } }",
             "operationName":"B","variables":{"name":"Query"},"extensions":{"some":"value"}}
            """;

        using var response = await _client.SendAsync(Post(body, Json, "application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithNullOptionalParameters_TreatsThemAsAbsent()
    {
        const string body = """{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}""";

        using var response = await _client.SendAsync(Post(body, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TypenameResult, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WithQueryAndJsonVariables_ExecutesQuery()
    {
        var query = Uri.EscapeDataString("query ($name: String!) { __type(name: $name) { name } }");
        var variables = Uri.EscapeDataString("""{"name":"Query"}""");

        using var response = await _client.SendAsync(Get($"query={query}&variables={variables}", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_FromBrowserWithQuery_ExecutesQueryInsteadOfRedirecting()
    {
        var browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

        using var response = await _client.SendAsync(Get("query=%7B__typename%7D", browserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TypenameResult, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Response_VariesByAccept()
    {
        using var response = await _client.SendAsync(Post(TypenameQuery));

        Assert.Contains("Accept", response.Headers.Vary);
    }
}

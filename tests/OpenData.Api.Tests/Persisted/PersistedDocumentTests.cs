using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.GraphQL.Persisted;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Persisted;

/// <summary>The saved queries over GET and POST by <c>documentId</c>, and the ways such a request can be wrong.</summary>
public sealed class PersistedDocumentTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Ids() => [.. new PersistedDocumentLibrary().Documents.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task EverySavedQuery_OverGetByItsShortId_AnswersWhatItsTextAnswers(string id)
    {
        var document = Library.Documents.Single(d => d.Id == id);

        var (byId, answer) = await SendAsync(Get($"documentId={id}", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.DoesNotContain("\"errors\"", answer, StringComparison.Ordinal);
        using var byText = await _client.PostAsJsonAsync("/graphql", new { query = document.Query });
        Assert.Equal(await byText.Content.ReadAsStringAsync(), answer);
    }

    [Fact]
    public async Task Get_BySha256OfItsText_AnswersTheSameAsByItsShortId()
    {
        var document = Library.Documents[0];

        var (_, byId) = await SendAsync(Get($"documentId={document.Id}"));
        var (bySha256, answer) = await SendAsync(Get($"documentId={document.Sha256Id}"));

        Assert.Equal(HttpStatusCode.OK, bySha256.StatusCode);
        Assert.Equal(byId, answer);
    }

    [Fact]
    public async Task Post_WithDocumentIdInTheBody_AnswersTheSavedQuery()
    {
        var (response, answer) = await SendAsync(Post("""{"documentId":"peten-coverage"}""", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"Petén\"", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task UnknownId_Is404DocumentNotFound_WhateverTheMediaType(string accept)
    {
        var (get, getAnswer) = await SendAsync(Get("documentId=no-such-query", accept));
        var (post, postAnswer) = await SendAsync(Post("""{"documentId":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}""", accept));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("DOCUMENT_NOT_FOUND", ErrorCode(getAnswer));
        Assert.Equal("DOCUMENT_NOT_FOUND", ErrorCode(postAnswer));
        Assert.DoesNotContain("\"data\"", getAnswer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("documentId=sha256:ABC")]
    [InlineData("documentId=x-custom:peten-coverage")]
    public async Task MalformedId_Is400DocumentIdInvalid(string queryString)
    {
        var (response, answer) = await SendAsync(Get(queryString, Json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DOCUMENT_ID_INVALID", ErrorCode(answer));
    }

    [Fact]
    public async Task ASavedQuerysLink_MayBeKeptByBrowsersAndCdnsForAMinute_ButNotAnError()
    {
        var (get, _) = await SendAsync(Get("documentId=peten-coverage"));
        var (unknown, _) = await SendAsync(Get("documentId=no-such-query"));
        var (failed, _) = await SendAsync(Get("query=%7B%20nope%20%7D", Json));
        using var always = factory.WithWebHostBuilder(b => b.UseSetting("HttpCache:MaxAgeSeconds", "0")).CreateClient();
        using var revalidated = await always.GetAsync("/graphql?documentId=peten-coverage");

        Assert.Equal("public, max-age=60", get.Headers.CacheControl?.ToString());
        Assert.NotNull(get.Headers.ETag);
        Assert.Equal(["Accept", "Accept-Language"], get.Headers.Vary);
        Assert.Equal("no-store", unknown.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal("no-store", failed.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Equal("public, max-age=0", revalidated.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task BothQueryAndDocumentId_Is400_OverGetAndPost()
    {
        var (get, getAnswer) = await SendAsync(Get("query=%7B__typename%7D&documentId=peten-coverage", GraphQLResponseJson));
        var (post, postAnswer) = await SendAsync(Post("""{"query":"{ __typename }","documentId":"peten-coverage"}""", Json));

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("both 'query' and 'documentId'", getAnswer, StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", ErrorCode(postAnswer));
    }

    [Fact]
    public async Task ABrowserOpeningTheLink_GetsTheAnswer_NotTheIde()
    {
        var (response, answer) = await SendAsync(Get("documentId=peten-coverage", "text/html,application/xhtml+xml,*/*;q=0.8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"name\":\"Petén\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLimitsHoldForSavedQueries_ACostBudgetOf1RefusesThem()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("Limits:MaxCost", "1")).CreateClient();

        using var response = await client.SendAsync(Get("documentId=peten-coverage", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("COST_LIMIT_EXCEEDED", ErrorCode(await response.Content.ReadAsStringAsync()));
    }

    private PersistedDocumentLibrary Library => factory.Services.GetRequiredService<PersistedDocumentLibrary>();

    private async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var response = await _client.SendAsync(request);
            return (response, await response.Content.ReadAsStringAsync());
        }
    }

    private static string? ErrorCode(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}

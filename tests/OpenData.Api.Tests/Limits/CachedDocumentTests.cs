using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;
using static OpenData.Api.Tests.Limits.Refusals;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// A document asked for again is kept (the second time it runs), and from then on comes from the document cache, which skips the rules that read only the document: what
/// the next request's variables can change — an argument that cannot run, the cost — is still refused, exactly as
/// for a document seen for the first time.
/// </summary>
public sealed class CachedDocumentTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ACachedDocument_AnswersEachRequestsVariables()
    {
        const string query = "query CachedLookup($code: String!) { department(code: $code) { name } }";

        foreach (var (code, name) in new[] { ("17", "Petén"), ("01", "Guatemala"), ("17", "Petén") })
        {
            var data = await _client.QueryAsync(query, new { code });
            Assert.Equal(name, data.GetProperty("department").GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData("query CachedFilter($n: String) { departments(where: { name: { eq: $n } }) { totalCount } }", "{\"n\":\"Petén\"}", "{\"n\":\"\\udfff\"}", "INVALID_TEXT")]
    [InlineData("query CachedIn($x: [Int]) { socialServiceCoverage(where: { men: { in: $x } }) { totalCount } }", "{\"x\":[1,2]}", null, "LIST_TOO_LONG")]
    [InlineData("query CachedPage($n: Int) { departments(first: $n) { nodes { name } } }", "{\"n\":2}", "{\"n\":501}", "PAGE_SIZE_OUT_OF_RANGE")]
    [InlineData("query CachedLookupText($code: String!) { department(code: $code) { name } }", "{\"code\":\"17\"}", "{\"code\":\"1\\ud800\"}", "INVALID_TEXT")]
    public async Task VariablesThatCannotRun_AreRefusedTheSame_WhenTheDocumentIsCached(string query, string good, string? bad, string code)
    {
        bad ??= JsonSerializer.Serialize(new { x = Enumerable.Repeat(1, 20_000) });

        // Seen first with bad variables, on its own server: the document is validated whole.
        using var fresh = factory.WithWebHostBuilder(_ => { }).CreateClient();
        var uncached = await RefusedAsync(fresh, Raw(query, bad), HttpStatusCode.BadRequest, code);

        // Seen first with good variables, twice (so it is kept), then with the bad ones.
        for (var i = 0; i < 2; i++)
        {
            using var answered = await _client.SendAsync(Post(Raw(query, good), GraphQLResponseJson));
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        var cached = await RefusedAsync(_client, Raw(query, bad), HttpStatusCode.BadRequest, code);

        Assert.Equal(Without(uncached, "traceId"), Without(cached, "traceId"));
    }

    [Fact]
    public async Task ACostThatFollowsAVariable_IsWorkedOutAgain_ForACachedDocument()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("Limits:MaxCost", "30")).CreateClient();
        const string query = "query CachedCost($n: Int) { departments(first: $n) { nodes { code name } } }";

        Assert.Equal(2, (await client.QueryAsync(query, new { n = 2 })).Nodes("departments").Count());
        Assert.Equal(2, (await client.QueryAsync(query, new { n = 2 })).Nodes("departments").Count());
        await RefusedAsync(client, Body(query, new { n = 22 }), HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED", "Limits:MaxCost");
        Assert.Equal(3, (await client.QueryAsync(query, new { n = 3 })).Nodes("departments").Count());
    }

    [Fact]
    public async Task ACostThatFollowsAnIncludeDirective_IsWorkedOutAgain_ForACachedDocument()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("Limits:MaxCost", "80")).CreateClient();
        const string query = "query CachedInclude($all: Boolean!) { departments { nodes { code ... @include(if: $all) { name communityHomesCoverage { childrenServed communityHomes } } } } }";

        Assert.Equal(22, (await client.QueryAsync(query, new { all = false })).Nodes("departments").Count());
        Assert.Equal(22, (await client.QueryAsync(query, new { all = false })).Nodes("departments").Count());
        await RefusedAsync(client, Body(query, new { all = true }), HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED", "Limits:MaxCost");
    }

    private static string Raw(string query, string variables) => $"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variables}}}";

    private static string Without(JsonElement error, string extension)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(error.GetRawText())!;
        node["extensions"]!.AsObject().Remove(extension);
        return node.ToJsonString();
    }
}

using System.Net;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Caching;

/// <summary>
/// What the GraphQL endpoint answers from its output cache. An answer is kept the second time it is asked for, so the
/// third is the first a cache can answer; a hit sends no SQL and carries an <c>Age</c> header. Every test has a
/// server of its own (<see cref="SqlCapture.ClientAsync"/>), so its cache starts empty.
/// </summary>
public sealed class GraphQLOutputCacheTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string Periods = """{"query":"{ periods { nodes { code } } }"}""";

    [Fact]
    public async Task SamePost_AskedAgain_IsKept_AndTheThirdIsServedFromTheCacheWithoutSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var (first, firstBody) = await SendAsync(client, Post(Periods));
        var sqlForFirst = capture.Commands.Count;
        capture.Clear();
        var (second, secondBody) = await SendAsync(client, Post(Periods));
        var sqlForSecond = capture.Commands.Count;
        capture.Clear();
        var (third, thirdBody) = await SendAsync(client, Post(Periods));

        Assert.True(sqlForFirst > 0);
        Assert.Equal(sqlForFirst, sqlForSecond);
        Assert.False(first.Headers.Contains("Age"));
        Assert.False(second.Headers.Contains("Age"));
        Assert.Empty(capture.Commands);
        Assert.True(third.Headers.Contains("Age"));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(firstBody, secondBody);
        Assert.Equal(firstBody, thirdBody);
        Assert.Contains("\"2021-T1\"", thirdBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SameBody_WithALengthOrStreamedWithout_IsOneEntry_AndTheEndpointReadsItWhole(bool keptStreamed)
    {
        // The cache hashes a body of known length from one array and a streamed one incrementally: both must give
        // the same key, and either way the endpoint must still read the whole body after the cache has read it.
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        HttpRequestMessage Kept() => keptStreamed ? Streamed(Periods) : Post(Periods);
        HttpRequestMessage Other() => keptStreamed ? Post(Periods) : Streamed(Periods);

        var (first, firstBody) = await SendAsync(client, Kept());
        var (second, secondBody) = await SendAsync(client, Kept());
        capture.Clear();
        var (other, otherBody) = await SendAsync(client, Other());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("\"2021-T1\"", firstBody, StringComparison.Ordinal);
        Assert.Equal(firstBody, secondBody);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.True(other.Headers.Contains("Age"));
        Assert.Empty(capture.Commands);
        Assert.Equal(firstBody, otherBody);
    }

    private static HttpRequestMessage Streamed(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    [Fact]
    public async Task ManyBodiesAskedOnce_AreNotKept_AndDoNotPushOutOneAskedAgain()
    {
        // Room for a handful of answers only: the one-off bodies would push the periods answer out if they were kept.
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("OutputCache:SizeLimitMegabytes", "0.002")).CreateClient();
        await SendAsync(client, Post(Periods));
        await SendAsync(client, Post(Periods));

        for (var i = 0; i < 50; i++)
        {
            var (oneOff, _) = await SendAsync(client, Post($$"""{"query":"{ once{{i}}: periods { nodes { code } } }"}"""));
            Assert.Equal(HttpStatusCode.OK, oneOff.StatusCode);
            Assert.False(oneOff.Headers.Contains("Age"));
        }

        var (kept, _) = await SendAsync(client, Post(Periods));
        Assert.True(kept.Headers.Contains("Age"));
    }

    [Fact]
    public async Task KeepFirstAnswers_KeepsAnAnswerTheFirstTime()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("OutputCache:KeepFirstAnswers", "true")).CreateClient();

        await SendAsync(client, Post(Periods));
        var (second, _) = await SendAsync(client, Post(Periods));

        Assert.True(second.Headers.Contains("Age"));
    }

    [Fact]
    public async Task TheCacheHoldsNoMoreThanItsSizeLimit_AnAnswerLargerThanTheLimitIsNotKept()
    {
        // 2 KiB in all: the periods answer fits, the 22 coverage rows (about 3 KB) do not.
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("OutputCache:SizeLimitMegabytes", "0.002")).CreateClient();
        const string Rows = """{"query":"{ communityHomesCoverage { nodes { department { name } municipalitiesWithPresence communityHomes childCareCentres childrenServed } } }"}""";

        await SendAsync(client, Post(Periods));
        await SendAsync(client, Post(Periods));
        var (small, _) = await SendAsync(client, Post(Periods));
        var (_, firstRows) = await SendAsync(client, Post(Rows));
        await SendAsync(client, Post(Rows));
        var (large, secondRows) = await SendAsync(client, Post(Rows));

        Assert.True(small.Headers.Contains("Age"));
        Assert.True(firstRows.Length > 2048, $"the rows' answer has only {firstRows.Length} characters");
        Assert.False(large.Headers.Contains("Age"));
        Assert.Equal(firstRows, secondRows);
    }

    [Fact]
    public async Task SameGet_AskedAgain_IsKept_AndTheThirdIsServedFromTheCache()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await SendAsync(client, Get("query=%7B%20periods%20%7B%20nodes%20%7B%20code%20%7D%20%7D%20%7D"));
        await SendAsync(client, Get("query=%7B%20periods%20%7B%20nodes%20%7B%20code%20%7D%20%7D%20%7D"));
        capture.Clear();
        var (third, _) = await SendAsync(client, Get("query=%7B%20periods%20%7B%20nodes%20%7B%20code%20%7D%20%7D%20%7D"));

        Assert.True(third.Headers.Contains("Age"));
        Assert.Empty(capture.Commands);
    }

    [Fact]
    public async Task SameSavedQueryGet_AskedAgain_IsKept_AndTheThirdIsServedFromTheCacheWithoutSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var (first, firstBody) = await SendAsync(client, Get("documentId=peten-coverage"));
        var (second, _) = await SendAsync(client, Get("documentId=peten-coverage"));
        capture.Clear();
        var (third, thirdBody) = await SendAsync(client, Get("documentId=peten-coverage"));
        var (other, _) = await SendAsync(client, Get("documentId=peten-profile"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(second.Headers.Contains("Age"));
        Assert.True(third.Headers.Contains("Age"));
        Assert.Equal(first.Headers.CacheControl, third.Headers.CacheControl);
        Assert.Equal(firstBody, thirdBody);
        Assert.False(other.Headers.Contains("Age"));
        // Only the other saved query, asked for the first time, reached the database.
        Assert.DoesNotContain(capture.Commands, c => c.Sql.Contains("WomenProgramCoverage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DifferentBodies_AreSeparateEntries()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        await SendAsync(client, Post(Periods));
        await SendAsync(client, Post(Periods));
        capture.Clear();

        var (other, body) = await SendAsync(client, Post("""{"query":"{ periods { nodes { code year } } }"}"""));

        Assert.False(other.Headers.Contains("Age"));
        Assert.NotEmpty(capture.Commands);
        Assert.Contains("\"year\":2021", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DifferentAccept_AreSeparateEntries_EachKeepingItsContentType()
    {
        var (client, _) = await SqlCapture.ClientAsync(factory);

        await SendAsync(client, Post(Periods, Json));
        await SendAsync(client, Post(Periods, Json));
        var (graphQLResponse, _) = await SendAsync(client, Post(Periods, GraphQLResponseJson));
        await SendAsync(client, Post(Periods, GraphQLResponseJson));
        var (jsonHit, _) = await SendAsync(client, Post(Periods, Json));
        var (graphQLResponseHit, _) = await SendAsync(client, Post(Periods, GraphQLResponseJson));

        Assert.False(graphQLResponse.Headers.Contains("Age"));
        Assert.True(jsonHit.Headers.Contains("Age"));
        Assert.True(graphQLResponseHit.Headers.Contains("Age"));
        Assert.Equal(Json, jsonHit.Content.Headers.ContentType?.MediaType);
        Assert.Equal(GraphQLResponseJson, graphQLResponseHit.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Accept", "Accept-Language"], graphQLResponseHit.Headers.Vary);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task BadQuery_IsNeverCached(string accept, HttpStatusCode status)
    {
        var (client, _) = await SqlCapture.ClientAsync(factory);
        const string bad = """{"query":"{ periods { nodes { noSuchField } } }"}""";

        await SendAsync(client, Post(bad, accept));
        await SendAsync(client, Post(bad, accept));
        var (again, body) = await SendAsync(client, Post(bad, accept));

        Assert.Equal(status, again.StatusCode);
        Assert.Contains("noSuchField", body, StringComparison.Ordinal);
        Assert.False(again.Headers.Contains("Age"));
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 294)]
    [InlineData(Json, 200)]
    public async Task PartialAnswer_IsNeverCached(string accept, int status)
    {
        using var client = Http.EndpointTestSchema.Use(factory).CreateClient();
        const string partial = """{"query":"{ ok broken }"}""";

        await SendAsync(client, Post(partial, accept));
        await SendAsync(client, Post(partial, accept));
        var (again, body) = await SendAsync(client, Post(partial, accept));

        Assert.Equal(status, (int)again.StatusCode);
        Assert.Contains("\"ok\":\"fine\"", body, StringComparison.Ordinal);
        Assert.False(again.Headers.Contains("Age"));
    }

    [Fact]
    public async Task WrongContentType_AfterTheSameBodyWasCached_Is415NotTheCachedAnswer()
    {
        var (client, _) = await SqlCapture.ClientAsync(factory);
        await SendAsync(client, Post(Periods));
        var (kept, _) = await SendAsync(client, Post(Periods));
        var (cached, _) = await SendAsync(client, Post(Periods));
        Assert.False(kept.Headers.Contains("Age"));
        Assert.True(cached.Headers.Contains("Age"));

        var (response, _) = await SendAsync(client, Post(Periods, contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request);
            return (response, await response.Content.ReadAsStringAsync());
        }
    }
}

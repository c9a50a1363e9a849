using System.Net;
using OpenData.Api.Tests.Import;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Caching;

/// <summary>
/// Every good answer is labelled with the data version it was computed from (its <c>Data-Version</c>, ETag and
/// <c>Last-Modified</c>), the same on every instance serving the same data; an answer computed while the data changed
/// under it carries no label at all and is kept by no cache.
/// </summary>
public sealed class DataVersionLabelTests : IDisposable
{
    private const string Periods = """{"query":"{ periods(order: [{ code: ASC }]) { nodes { code } } }"}""";
    private const string Children = """{"query":"{ communityHomesCoverage { aggregates { sum { childrenServed } } } }"}""";

    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [Fact]
    public async Task TwoInstancesOnTheSameData_LabelTheSameAnswerAlike()
    {
        using var one = _app.CreateClient();
        await using var other = new OpenDataFactory();
        using var two = other.CreateClient();

        var (first, firstBody) = await SendAsync(one, Post(Periods));
        var (second, secondBody) = await SendAsync(two, Post(Periods));

        Assert.Equal(firstBody, secondBody);
        var version = Assert.Single(first.Headers.GetValues("Data-Version"));
        Assert.Matches("^[0-9a-f]{16}$", version);
        Assert.Equal(version, Assert.Single(second.Headers.GetValues("Data-Version")));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
    }

    [Fact]
    public async Task AnAnswerComputedAfterAnImport_BeforeThisInstanceNoticedIt_IsUnlabelledAndNotKept()
    {
        var cs = await TestDatabase.BuildNewAsync();
        // This instance does not poll again during the test: it keeps believing the data is the first term's alone.
        using var client = _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:OpenData", cs)
            .UseSetting("OutputCache:KeepFirstAnswers", "true")
            .UseSetting("OutputCache:DataVersionPollSeconds", "3600")).CreateClient();
        var (before, beforeBody) = await SendAsync(client, Post(Periods));
        var version = Assert.Single(before.Headers.GetValues("Data-Version"));
        Assert.NotNull(before.Headers.ETag);
        Assert.Contains("\"2021-T1\"", beforeBody, StringComparison.Ordinal);

        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();

        // Computed now, from both terms' rows, by an instance whose version is still the first: no label fits it.
        for (var i = 0; i < 2; i++)
        {
            var (after, afterBody) = await SendAsync(client, Post(Children));
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Contains($"\"childrenServed\":{13_756 + 13_756 - TermReports.SeedPetenChildren + 310}", afterBody, StringComparison.Ordinal);
            Assert.False(after.Headers.Contains("Data-Version"), "an answer of the new data was labelled with the old version");
            Assert.Null(after.Headers.ETag);
            Assert.Equal("no-store", after.Headers.CacheControl?.ToString());
            Assert.False(after.Headers.Contains("Age"), "an unlabelled answer was kept by the output cache");
        }

        // What was kept before the import was of the old data and says so.
        var (cached, cachedBody) = await SendAsync(client, Post(Periods));
        Assert.True(cached.Headers.Contains("Age"));
        Assert.Equal(beforeBody, cachedBody);
        Assert.Equal(version, Assert.Single(cached.Headers.GetValues("Data-Version")));
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    private static async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}

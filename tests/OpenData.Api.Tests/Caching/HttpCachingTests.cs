using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpenData.Api.Tests.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Caching;

/// <summary>ETag, Cache-Control, Last-Modified and 304 on good answers of /graphql and /export; never on errors.</summary>
public sealed class HttpCachingTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string PeriodsUrl = "/graphql?query=%7B%20periods%20%7B%20nodes%20%7B%20code%20%7D%20%7D%20%7D";

    [Theory]
    [InlineData(PeriodsUrl)]
    [InlineData("/export/goals.csv")]
    [InlineData("/export/departments.json")]
    [InlineData("/export/datapackage.json")]
    public async Task GoodAnswer_CarriesValidators_AndIfNoneMatchIsAnswered304_CachedOrNot(string url)
    {
        var client = factory.CreateClient();
        // The first answer is computed; the third comes from the output cache (an answer is kept the second time).
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var etag = response.Headers.ETag;
            Assert.NotNull(etag);
            Assert.False(etag.IsWeak);
            Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0 }, $"Cache-Control: {response.Headers.CacheControl}");
            Assert.NotNull(response.Content.Headers.LastModified);
            // GraphQL picks its media type by Accept; an export's type is its file extension, whatever Accept says.
            Assert.Equal(url.StartsWith("/graphql", StringComparison.Ordinal), response.Headers.Vary.Contains("Accept"));

            using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
            revalidate.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(revalidate);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, notModified.Headers.ETag);

            using var other = new HttpRequestMessage(HttpMethod.Get, url);
            other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-answer\""));
            using var changed = await client.SendAsync(other);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal(body, await changed.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task AnExport_IsOneCachedAnswer_WhateverAcceptSays()
    {
        var client = factory.CreateClient();
        foreach (var accept in new[] { "text/html", "text/html", "application/json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/export/sources.json");
            request.Headers.Accept.ParseAdd(accept);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(accept == "application/json", response.Headers.Age is not null);
        }
    }

    [Fact]
    public async Task IfModifiedSince_WithoutIfNoneMatch_Is304FromLastModifiedOn()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/export/periods.csv");
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var same = new HttpRequestMessage(HttpMethod.Get, "/export/periods.csv");
        same.Headers.IfModifiedSince = lastModified;
        using var earlier = new HttpRequestMessage(HttpMethod.Get, "/export/periods.csv");
        earlier.Headers.IfModifiedSince = lastModified.AddSeconds(-1);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(same)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(earlier)).StatusCode);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20nope%20%7D", "application/json")]
    [InlineData("/graphql?query=%7B%20nope%20%7D", "application/graphql-response+json")]
    [InlineData("/graphql?query=%7B", "application/graphql-response+json")]
    [InlineData("/export/goals.csv?where=%7B", "*/*")]
    [InlineData("/export/nothing.csv", "*/*")]
    public async Task Errors_AreNeverMarkedCacheable(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl is { NoStore: true, Public: false }, $"{(int)response.StatusCode} Cache-Control: {response.Headers.CacheControl}");
        Assert.Null(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Post_CarriesTheSameETagAsGet_ButIsNeverAnswered304()
    {
        var client = factory.CreateClient();
        using var get = await client.GetAsync(PeriodsUrl);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ periods { nodes { code } } }" }) };
        post.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var answer = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(get.Headers.ETag, answer.Headers.ETag);
    }

    [Fact]
    public async Task CorsPreflight_IsAnsweredForAnyOrigin_AndKeptADay()
    {
        var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://periodico.example.gt");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var answer = await client.SendAsync(preflight);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/export/periods.csv");
        get.Headers.Add("Origin", "https://periodico.example.gt");
        using var read = await client.SendAsync(get);

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", answer.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Equal("86400", answer.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal("*", read.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", read.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }
}

/// <summary>After an import by another process, no answer comes with an ETag that named other bytes.</summary>
public sealed class HttpCachingImportTests : IDisposable
{
    private const string Url = "/export/periods.csv";

    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [Fact]
    public async Task Import_ChangesTheETag_AndTheOldOneGetsTheNewAnswer()
    {
        var cs = await TestDatabase.BuildNewAsync();
        using var client = _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:OpenData", cs)
            .UseSetting("OutputCache:DataVersionPollSeconds", "0.2")).CreateClient();
        var (oldTag, oldBody) = await GetAsync(client);
        Assert.Equal((oldTag, oldBody), await GetAsync(client));
        Assert.Equal((oldTag, oldBody), await GetAsync(client));

        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();

        // Every answer on the way, cached or not, stale or new, keeps its own ETag: old bytes never get a new tag. An
        // answer computed while the import committed cannot say which data it read: it goes out with no ETag, marked
        // no-store, so nothing keeps or revalidates it.
        var seen = new Dictionary<string, string> { [oldTag] = oldBody };
        var waited = Stopwatch.StartNew();
        string body;
        do
        {
            using var response = await client.GetAsync(Url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            body = await response.Content.ReadAsStringAsync();
            if (response.Headers.ETag?.Tag is { } tag)
            {
                Assert.True(!seen.TryGetValue(tag, out var before) || before == body, $"ETag {tag} came with two bodies.");
                seen[tag] = body;
            }
            else
            {
                Assert.True(response.Headers.CacheControl?.NoStore == true, $"An answer without an ETag is marked {response.Headers.CacheControl}.");
            }

            await Task.Delay(50);
        }
        while (!body.Contains("2021-T2", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(5));

        Assert.Contains("2021-T2", body, StringComparison.Ordinal);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, Url);
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(oldTag));
        using var answer = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(body, await answer.Content.ReadAsStringAsync());
        Assert.NotEqual(oldTag, answer.Headers.ETag!.Tag);

        // New rows can be read before the watcher's next poll moves Last-Modified on; within its interval it does.
        var latest = await LatestLoadAsync(cs);
        var lastModified = answer.Content.Headers.LastModified;
        while (lastModified != latest && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
            using var again = await client.GetAsync(Url);
            lastModified = again.Content.Headers.LastModified;
        }

        Assert.Equal(latest, lastModified);
    }

    /// <summary>When the database says its latest report was loaded: what every instance serves as Last-Modified.</summary>
    private static async Task<DateTimeOffset> LatestLoadAsync(string connectionString)
    {
        await using var connection = TestDatabase.Connection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"LoadedAt\") FROM \"Documents\"";
        // SQLite keeps it as text, PostgreSQL as a timestamp.
        var latest = await command.ExecuteScalarAsync() switch
        {
            DateTime time => time,
            var text => DateTime.Parse((string)text!, System.Globalization.CultureInfo.InvariantCulture),
        };
        return new DateTimeOffset(DateTime.SpecifyKind(latest, DateTimeKind.Utc));
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    private static async Task<(string Tag, string Body)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!.Tag, await response.Content.ReadAsStringAsync());
    }
}

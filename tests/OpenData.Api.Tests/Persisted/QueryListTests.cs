using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Persisted;

/// <summary><c>GET /queries</c>: the saved queries with their titles and the URL each is asked for at.</summary>
public sealed class QueryListTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryListedUrl_Answers200WithDataAndNoErrors()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/queries");

        Assert.True(list.GetArrayLength() >= 11, $"only {list.GetArrayLength()} queries are listed");
        foreach (var entry in list.EnumerateArray())
        {
            var url = entry.GetProperty("url").GetString()!;
            Assert.Equal("/graphql?documentId=" + entry.GetProperty("id").GetString(), url);
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("title").GetProperty("es").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("title").GetProperty("en").GetString()));
            Assert.StartsWith("sha256:", entry.GetProperty("sha256").GetString(), StringComparison.Ordinal);

            using var response = await _client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
            Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
            Assert.Equal(body, await (await _client.PostAsJsonAsync("/graphql", new { query = entry.GetProperty("query").GetString() })).Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Ids_AreUniqueAndFitInAShortUrl()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/queries");
        var ids = list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9-]{1,40}$", id));
    }

    [Fact]
    public async Task ABrowser_GetsAPageLinkingEveryQuery()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/queries");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await _client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<a href=\"/graphql?documentId=peten-coverage\">¿Qué hizo la SOSEP en Petén?</a>", page, StringComparison.Ordinal);
        Assert.Equal(["Accept"], response.Headers.Vary);
    }
}

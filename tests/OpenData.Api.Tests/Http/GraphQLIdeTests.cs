using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Http;

/// <summary>Banana Cake Pop at /graphql/: how a browser gets there, its config and its cache headers.</summary>
public sealed partial class GraphQLIdeTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_FromBrowserWithoutQuery_RedirectsToIde()
    {
        using var response = await _client.SendAsync(WithAccept(new HttpRequestMessage(HttpMethod.Get, GraphQLPath), "text/html,application/xhtml+xml,*/*;q=0.8"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_WithJsonAcceptAndNoQuery_IsAGraphQLRequestNotARedirect()
    {
        using var response = await _client.SendAsync(WithAccept(new HttpRequestMessage(HttpMethod.Get, GraphQLPath), Json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Index_DismissesTheNitroBannerForTheIdesPathOnly()
    {
        using var index = await _client.GetAsync(new Uri("/graphql/", UriKind.Relative));
        var cookie = Assert.Single(index.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("chillicream_bcp_legacy_info_shown=true;", cookie, StringComparison.Ordinal);
        Assert.Contains("Path=/graphql/", cookie, StringComparison.Ordinal);

        // Neither the IDE's other files nor an API answer set a cookie.
        using var config = await _client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        Assert.False(config.Headers.Contains("Set-Cookie"));
        using var answer = await _client.SendAsync(WithAccept(new HttpRequestMessage(HttpMethod.Get, GraphQLPath + "?query=%7B__typename%7D"), Json));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/graphql/")]
    [InlineData("/graphql/index.html")]
    public async Task Index_IsTheIdeAndRevalidated(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Config_PointsTheIdeAtItsOwnUrlWithoutTelemetryAndIsRevalidated()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task ServiceWorker_IsRevalidatedSoTheIdeCanUpgrade()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/service-worker.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task HashedAssets_AreCachedForAYear()
    {
        var index = await _client.GetStringAsync(new Uri("/graphql/", UriKind.Relative));
        var assets = ScriptOrStyle().Matches(index).Select(m => m.Groups["path"].Value).ToList();
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            using var response = await _client.GetAsync(new Uri($"/graphql/{asset}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownIdeFile_Is404()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/no-such-file.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""(?:src|href)="(?<path>static/[^"]+)"\s""")]
    private static partial Regex ScriptOrStyle();
}

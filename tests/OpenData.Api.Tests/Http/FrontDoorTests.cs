using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenData.Api.Hosting;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Http;

/// <summary>GET / says what this is, in Spanish then English, and links everything; as JSON for programs.</summary>
public sealed partial class FrontDoorTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string SeedSha256 => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepoPaths.Seed(SeedReport.FileName))));

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("text/html")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("application/json;q=0.5, text/*")]
    public async Task Get_FromABrowserOrWithoutAccept_IsTheBilingualPage(string? accept)
    {
        using var response = await GetAsync(accept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<section lang=\"es\">\n<h1>Rendición de Cuentas de la SOSEP, en datos abiertos</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<section lang=\"en\">\n<h1>SOSEP's accountability reports, as open data</h1>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("lang=\"es\"", StringComparison.Ordinal) < html.IndexOf("lang=\"en\"", StringComparison.Ordinal), "Spanish comes first.");
        Assert.Contains(SeedReport.FileName, html, StringComparison.Ordinal);
        Assert.Contains(SeedSha256, html, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"es\">RENDICIÓN DE CUENTAS, PRIMER CUATRIMESTRE 2021</td>", html, StringComparison.Ordinal);
        Assert.Contains("Decreto 57-2008", html, StringComparison.Ordinal);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Page_LinksExactlyWhatTheJsonLinks()
    {
        var hrefs = await PageLinksAsync();
        using var json = await JsonAsync();

        var links = json.RootElement.GetProperty("links").EnumerateObject().Select(p => p.Value.GetString()!).ToHashSet();
        Assert.Equal(links.Order(StringComparer.Ordinal), hrefs.ToHashSet().Order(StringComparer.Ordinal));
        Assert.Contains("/graphql/", links);
        Assert.Contains("/queries", links);
        Assert.Contains("/export/datapackage.json", links);
        Assert.Contains(DataLicence.Path, links);
    }

    /// <summary>Every link of the page to this server answers.</summary>
    [Fact]
    public async Task Page_LocalLinksOfThisServer_Answer()
    {
        var local = (await PageLinksAsync()).Where(h => h.StartsWith('/')).Distinct().ToList();

        Assert.Equal(["/graphql/", FrontDoorContent.Queries, "/export/datapackage.json", "/export/community-homes-coverage.csv", FrontDoorContent.Documents], local);
        foreach (var href in local)
        {
            using var response = await _client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)response.StatusCode}.");
        }

        Assert.Contains(SeedSha256, await _client.GetStringAsync(new Uri(FrontDoorContent.Documents, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AskingForJson_IsTheLinksLicencesAndReports()
    {
        using var json = await JsonAsync();
        var root = json.RootElement;

        Assert.Equal(FrontDoorContent.ExportCsv, root.GetProperty("exports").GetProperty("csv").GetString());
        Assert.Equal("/export/{collection}.json", root.GetProperty("exports").GetProperty("json").GetString());
        Assert.Equal(("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"), (root.GetProperty("licence").Str("name"), root.GetProperty("licence").Str("path")));
        Assert.Equal("MIT", root.GetProperty("codeLicence").Str("name"));
        var report = Assert.Single(root.GetProperty("reports").EnumerateArray());
        Assert.Equal((SeedReport.FileName, SeedSha256, "2021-T1"), (report.Str("fileName"), report.Str("sha256"), report.Str("period")));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("publishedAt").ValueKind);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("text/html;q=0, application/json;q=0")]
    [InlineData("application/xml")]
    public async Task Get_AcceptingNeitherForm_Is406SayingWhichThereAre(string accept)
    {
        using var response = await GetAsync(accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("this page is served as text/html or application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>HEAD first, with an Accept of its own: a cached empty HEAD answer must not become GET's.</summary>
    [Fact]
    public async Task Head_SaysWhatGetSendsWithoutABody()
    {
        var head = new HttpRequestMessage(HttpMethod.Head, "/");
        head.Headers.TryAddWithoutValidation("Accept", "text/html;q=0.7");
        using var headResponse = await _client.SendAsync(head);
        using var get = await GetAsync("text/html;q=0.7");

        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.Equal("text/html", headResponse.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(body);
        Assert.Equal(body.Length, headResponse.Content.Headers.ContentLength);
    }

    private async Task<HttpResponseMessage> GetAsync(string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _client.SendAsync(request);
    }

    private async Task<JsonDocument> JsonAsync()
    {
        using var response = await GetAsync("application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> PageLinksAsync()
    {
        using var response = await GetAsync("text/html");
        var html = await response.Content.ReadAsStringAsync();
        return [.. Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value))];
    }

    [GeneratedRegex("""<a href="(?<href>[^"]+)">""")]
    private static partial Regex Href();
}

using System.Security.Cryptography;
using System.Text.Json;
using OpenData.Api.Hosting;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Data;

/// <summary>A document says what file it is, under which licence its data is served, and only what is known of its publication.</summary>
public sealed class DocumentTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Document_OfTheSeedReport_IsTheFileWithItsLicenceAndNoGuessedDateOrUrl()
    {
        var data = await _client.QueryAsync("{ documents { nodes { title fileName sha256 publisher licence publishedAt url } } }");

        var document = Assert.Single(data.Nodes("documents"));
        Assert.Equal(SeedReport.FileName, document.Str("fileName"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepoPaths.Seed(SeedReport.FileName)))), document.Str("sha256"));
        Assert.Equal(DataLicence.Statement, document.Str("licence"));
        Assert.StartsWith(DataLicence.Name, document.Str("licence"), StringComparison.Ordinal);
        Assert.Contains("Decreto 57-2008", document.Str("licence"), StringComparison.Ordinal);

        // The report prints no publication date and no address: both stay unknown rather than guessed.
        Assert.Equal(JsonValueKind.Null, document.GetProperty("publishedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task Documents_FilteredOnUnknownPublication_FindTheSeedReport()
    {
        var data = await _client.QueryAsync("{ documents(where: { publishedAt: { eq: null }, url: { eq: null } }) { totalCount } }");

        Assert.Equal(1, data.GetProperty("documents").GetProperty("totalCount").GetInt32());
    }
}

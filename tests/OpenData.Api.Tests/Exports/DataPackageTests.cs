using System.Text.Json;
using NJsonSchema;
using OpenData.Api.Hosting;
using OpenData.Api.Tests.Hosting;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// <c>/export/datapackage.json</c> is a valid Frictionless Data Package: checked against the spec's own JSON Schema
/// profiles (shipped in npm <c>datapackage</c>), and read whole by Frictionless' own reader, every CSV with its types.
/// </summary>
public sealed class DataPackageTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    private static readonly string _directory = NodeScript.Directory("DataPackageDirectory");

    [Fact]
    public async Task Descriptor_IsValidAgainstTheDataPackageProfile_AndEachResourceAgainstItsOwn()
    {
        var descriptor = await GetDescriptorAsync();
        var package = await ProfileAsync("data-package.json");
        var tabular = await ProfileAsync("tabular-data-resource.json");
        var plain = await ProfileAsync("data-resource.json");

        Assert.Empty(package.Validate(descriptor));
        using var document = JsonDocument.Parse(descriptor);
        foreach (var resource in document.RootElement.GetProperty("resources").EnumerateArray())
        {
            var profile = resource.GetProperty("profile").GetString() == "tabular-data-resource" ? tabular : plain;
            var errors = profile.Validate(resource.GetRawText());
            Assert.True(errors.Count == 0, $"{resource.GetProperty("name")}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public async Task Descriptor_DescribesEveryExport_WithLicenceSourcesAndEveryField()
    {
        using var document = JsonDocument.Parse(await GetDescriptorAsync());
        var root = document.RootElement;
        var client = server.CreateClient();

        var licence = Assert.Single(root.GetProperty("licenses").EnumerateArray());
        Assert.Equal(
            (DataLicence.Name, DataLicence.Path, DataLicence.Title),
            (licence.Str("name"), licence.Str("path"), licence.Str("title")));
        var source = Assert.Single(root.GetProperty("sources").EnumerateArray());
        var sha = (await client.QueryAsync("{ documents { nodes { sha256 } } }")).Nodes("documents").Single().Str("sha256");
        Assert.Equal($"sha256:{sha}", source.GetProperty("hash").GetString());
        using (var head = await client.GetAsync("/export/datapackage.json"))
        {
            Assert.Equal(head.Content.Headers.LastModified, root.GetProperty("created").GetDateTimeOffset());
        }

        foreach (var resource in root.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("format").GetString() == "csv"))
        {
            var path = resource.GetProperty("path").GetString();
            var header = Csv.Parse(await client.GetStringAsync($"/export/{path}"))[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()), $"{path} {f.GetProperty("name")} has no description."));
        }
    }

    [Fact]
    public async Task FrictionlessReader_LoadsEveryResource_WithItsDeclaredTypesAndForeignKeys()
    {
        var printed = await NodeScript.RunAsync("DataPackageDirectory", "check.mjs", new Uri(server.BaseAddress, "/export/datapackage.json").ToString());
        using var result = JsonDocument.Parse(printed);

        Assert.True(result.RootElement.GetProperty("valid").GetBoolean(), result.RootElement.GetProperty("errors").GetRawText());
        var resources = result.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Contains(resources, r => r.GetProperty("tabular").GetBoolean());
        Assert.All(resources, r => Assert.True(r.GetProperty("error").ValueKind == JsonValueKind.Null, $"{r.GetProperty("name")}: {r.GetProperty("error")}"));
        Assert.All(resources, r => Assert.True(r.GetProperty("rows").GetInt32() > 0, $"{r.GetProperty("name")} read no rows."));
    }

    private async Task<string> GetDescriptorAsync()
    {
        using var response = await server.CreateClient().GetAsync("/export/datapackage.json");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<JsonSchema> ProfileAsync(string name) =>
        JsonSchema.FromFileAsync(Path.Combine(_directory, "node_modules", "datapackage", "lib", "profiles", name));
}

using System.Net;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Exports;

/// <summary>Every collection downloads as CSV and JSON with the same rows and cells GraphQL serves, filtered the same way.</summary>
public sealed class ExportTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    /// <summary>Every root collection of the schema, as its export is named.</summary>
    public static TheoryData<string, string> Collections()
    {
        var data = new TheoryData<string, string>();
        foreach (var collection in new[]
        {
            "achievements", "beneficiaryFigures", "budgetLines", "communityHomesCoverage", "departmentSummaries", "departments", "discrepancies",
            "documents", "donationItems", "donations", "goals", "integrityChecks", "olderPeopleCoverage", "periods", "programs", "reportedTotals",
            "shelters", "socialServiceCoverage", "sources", "womenProgramCoverage",
        })
        {
            data.Add(collection, string.Concat(collection.Select((c, i) => char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : c.ToString())));
        }

        return data;
    }

    /// <summary>The walk below covers every collection the live schema has: each root field that answers a connection.</summary>
    [Fact]
    public async Task TheWalk_CoversEveryCollectionOfTheSchema()
    {
        var data = await factory.CreateClient().QueryAsync("{ __schema { queryType { fields { name type { ofType { name } } } } } }");
        var collections = data.GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray()
            .Where(f => f.GetProperty("type").GetProperty("ofType") is { ValueKind: JsonValueKind.Object } named
                && named.GetProperty("name").GetString() is { } name && name.EndsWith("Connection", StringComparison.Ordinal))
            .Select(f => f.GetProperty("name").GetString()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(collections, Collections().Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Export_HasEveryRowAndCellGraphQLServes_InCsvAndJson(string collection, string export)
    {
        var client = factory.CreateClient();
        var csv = Csv.Parse(await GetTextAsync(client, $"/export/{export}.csv"));
        var header = csv[0];
        var graphql = await QueryColumnsAsync(client, collection, header, where: null);
        var json = JsonDocument.Parse(await GetTextAsync(client, $"/export/{export}.json")).RootElement;

        Assert.Equal(graphql.GetProperty("totalCount").GetInt32(), csv.Count - 1);
        Assert.Equal(csv.Count - 1, json.GetArrayLength());
        var expected = graphql.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetInt32());
        var jsonRows = json.EnumerateArray().ToList();
        for (var r = 1; r < csv.Count; r++)
        {
            var node = expected[int.Parse(csv[r][0], System.Globalization.CultureInfo.InvariantCulture)];
            for (var c = 0; c < header.Length; c++)
            {
                var value = Cell(ValueOf(node, header[c]));
                Assert.True(value == (csv[r][c] == "" ? null : csv[r][c]), $"{export}.csv row {r} {header[c]}: \"{csv[r][c]}\", GraphQL says {value ?? "null"}.");
                Assert.True(value == Cell(jsonRows[r - 1].GetProperty(header[c])), $"{export}.json row {r} {header[c]}: {jsonRows[r - 1].GetProperty(header[c])}, GraphQL says {value ?? "null"}.");
            }
        }
    }

    [Fact]
    public async Task WhereAndOrder_TakeTheGraphQLInputs_AndMatchGraphQLsRows()
    {
        var client = factory.CreateClient();
        const string where = """{ "childrenServed": { "gt": 500 }, "department": { "name": { "contains": "verapaz" } } }""";
        const string order = """[{ "childrenServed": "DESC" }]""";
        var csv = Csv.Parse(await GetTextAsync(client, $"/export/community-homes-coverage.csv?where={Uri.EscapeDataString(where)}&order={Uri.EscapeDataString(order)}"));
        var data = await client.QueryAsync("query($w: CommunityHomesCoverageFilterInput) { communityHomesCoverage(where: $w, order: [{ childrenServed: DESC }]) { nodes { id } } }",
            new { w = JsonDocument.Parse(where).RootElement });

        var ids = data.Nodes("communityHomesCoverage").Select(n => n.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids, csv.Skip(1).Select(row => row[0]));
    }

    [Fact]
    public async Task Period_FiltersByTerm_InAnyCase_AndNamesTheFile()
    {
        var client = factory.CreateClient();
        using var response = await client.GetAsync("/export/goals.csv?period=2021-t1");
        var total = (await client.QueryAsync("{ goals { totalCount } }")).GetProperty("goals").GetProperty("totalCount").GetInt32();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("goals-2021-T1.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(total, Csv.Parse(await response.Content.ReadAsStringAsync()).Count - 1);
    }

    [Fact]
    public async Task DonationItems_ExportEveryItem_PointingAtTheirDonation()
    {
        var client = factory.CreateClient();
        var csv = Csv.Parse(await GetTextAsync(client, "/export/donation-items.csv"));
        var data = await client.QueryAsync("{ donations(first: 500) { nodes { id items { description quantity } } } }");
        var expected = data.Nodes("donations")
            .SelectMany(d => d.GetProperty("items").EnumerateArray().Select(i => $"{d.GetProperty("id").GetInt32()}|{i.Str("description")}|{i.GetProperty("quantity").GetInt32()}"))
            .Order().ToList();

        Assert.Equal(["id", "description", "quantity", "donation_id"], csv[0]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, csv.Skip(1).Select(row => $"{row[3]}|{row[1]}|{row[2]}").Order().ToList());
    }

    [Fact]
    public async Task Bom_AndNdjson_AreOffered()
    {
        var client = factory.CreateClient();
        var withBom = await client.GetByteArrayAsync("/export/departments.csv?bom=true");
        var without = await client.GetByteArrayAsync("/export/departments.csv");
        var lines = (await GetTextAsync(client, "/export/departments.json?shape=ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], withBom[..3]);
        Assert.Equal(without, withBom[3..]);
        Assert.Contains("Petén", Encoding.UTF8.GetString(without), StringComparison.Ordinal);
        Assert.Equal(Csv.Parse(Encoding.UTF8.GetString(without)).Count - 1, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Theory]
    [InlineData("/export/goals.csv?where=%7Bnot-json", 400, "take JSON")]
    [InlineData("/export/goals.csv?where=%7B%22executionRate%22%3A%7B%22ltx%22%3A1%7D%7D", 400, "Unrecognized input fields 'ltx'")]
    [InlineData("/export/goals.csv?order=%5B%7B%22nothing%22%3A%22ASC%22%7D%5D", 400, "nothing")]
    [InlineData("/export/goals.csv?where=%7B%22executionRate%22%3A%7B%22gt%22%3A1e17%7D%7D", 400, "executionRate")]
    [InlineData("/export/goals.csv?colour=red", 400, "?colour=")]
    [InlineData("/export/goals.csv?bom=yes", 400, "?bom=")]
    [InlineData("/export/goals.json?bom=true", 400, "?bom=")]
    [InlineData("/export/goals.csv?shape=ndjson", 400, "?shape=")]
    [InlineData("/export/goals.csv?period=2030-T3", 404, "2030-T3")]
    [InlineData("/export/departments.csv?period=2021-T1", 400, "term")]
    [InlineData("/export/achievement-figures.csv?where=%7B%7D", 400, "achievement_id")]
    [InlineData("/export/budget.csv", 404, "datapackage.json")]
    [InlineData("/export/goals.xlsx", 404, "datapackage.json")]
    public async Task BadParameters_AreRefusedWithAGraphQLStyleError(string url, int status, string says)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(says, message, StringComparison.Ordinal);
    }

    private static async Task<string> GetTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>The rows GraphQL serves with every column of the header: <c>x_y</c> is field y of link x.</summary>
    private static async Task<JsonElement> QueryColumnsAsync(HttpClient client, string collection, string[] header, string? where)
    {
        var selection = new StringBuilder();
        foreach (var group in header.GroupBy(h => h.Contains('_', StringComparison.Ordinal) ? h[..h.IndexOf('_', StringComparison.Ordinal)] : h))
        {
            selection.Append(group.Key == group.First() && !group.First().Contains('_', StringComparison.Ordinal)
                ? $" {group.Key}"
                : $" {group.Key} {{ {string.Join(' ', group.Select(h => h[(h.IndexOf('_', StringComparison.Ordinal) + 1)..]))} }}");
        }

        var data = await client.QueryAsync($"{{ {collection}(first: 500{where}) {{ totalCount nodes {{{selection} }} }} }}");
        return data.GetProperty(collection);
    }

    private static JsonElement ValueOf(JsonElement node, string column)
    {
        var split = column.IndexOf('_', StringComparison.Ordinal);
        if (split < 0)
        {
            return node.GetProperty(column);
        }

        var linked = node.GetProperty(column[..split]);
        return linked.ValueKind == JsonValueKind.Null ? linked : linked.GetProperty(column[(split + 1)..]);
    }

    /// <summary>A value as text, the way both exports must write it: numbers as printed, blanks as null.</summary>
    private static string? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}

using System.Security.Cryptography;
using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>Importing another term's report: served next to the first term, linked to it, idempotent, replaceable.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [Fact]
    public async Task Import_SecondTerm_BothTermsServedAndPetenPointsToItsFirstTermRow()
    {
        var cs = await TestDatabase.BuildNewAsync();
        var report = _folder.Write("term-2", TermReports.Term("SEGUNDO", 310));

        var run = (await ImportRun.RunAsync(cs, report)).Succeeded();

        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(report)));
        Assert.Contains($"2021-T2 from {report} (sha256 {sha}): loaded", run.Output, StringComparison.Ordinal);
        Assert.Contains("communityHomesCoverage: 22", run.Output, StringComparison.Ordinal);
        using var client = Client(cs);
        var periods = await client.QueryAsync("{ periods(order: [{ code: ASC }]) { nodes { code } } }");
        Assert.Equal(["2021-T1", "2021-T2"], periods.Nodes("periods").Select(p => p.Str("code")));
        var petén = await PetenAsync(client, "2021-T2");
        Assert.Equal(310, petén.IntOrNull("childrenServed"));
        Assert.Equal(295, petén.GetProperty("previous").IntOrNull("childrenServed"));
        Assert.Equal("2021-T1", petén.GetProperty("previous").GetProperty("period").Str("code"));
        Assert.Equal(JsonValueKind.Null, (await PetenAsync(client, "2021-T1")).GetProperty("previous").ValueKind);
        var count = await client.QueryAsync("""{ communityHomesCoverage(where: { period: { code: { eq: "2021-T2" } } }) { totalCount } }""");
        Assert.Equal(22, count.GetProperty("communityHomesCoverage").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Import_SecondTerm_BudgetLinesAndGoalsPointToTheSameKeyInTheFirstTerm()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        using var client = Client(cs);

        var budget = await client.QueryAsync("""
            { budgetLines(where: { period: { code: { eq: "2021-T2" } }, activity: { eq: "Servicio Social" } }) {
                nodes { previous { activity executed period { code } } } } }
            """);
        var previous = Assert.Single(budget.Nodes("budgetLines")).GetProperty("previous");
        Assert.Equal(("Servicio Social", 1_176_282.82m, "2021-T1"), (previous.Str("activity"), previous.GetProperty("executed").GetDecimal(), previous.GetProperty("period").Str("code")));

        // "Dirección y Coordinación" is printed twice, as a product and as its sub-product: each must find its own.
        var goals = await client.QueryAsync("""
            { goals(where: { period: { code: { eq: "2021-T2" } }, concept: { eq: "Dirección y Coordinación" } }, order: [{ line: ASC }]) {
                nodes { level previous { level line concept period { code } } } } }
            """);
        var rows = goals.Nodes("goals").ToList();
        Assert.Equal(["PRODUCT", "SUB_PRODUCT"], rows.Select(g => g.Str("level")));
        Assert.Equal([("PRODUCT", 315), ("SUB_PRODUCT", 316)], rows.Select(g => (g.GetProperty("previous").Str("level"), g.GetProperty("previous").GetProperty("line").GetInt32())));
        Assert.All(rows, g => Assert.Equal("2021-T1", g.GetProperty("previous").GetProperty("period").Str("code")));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunChangesNothing()
    {
        var cs = await TestDatabase.BuildNewAsync();
        var report = _folder.Write("term-2", TermReports.Term("SEGUNDO", 310));
        (await ImportRun.RunAsync(cs, report)).Succeeded();
        var before = await DatabaseState.CaptureAsync(cs);

        var again = (await ImportRun.RunAsync(cs, report)).Succeeded();

        Assert.Contains("already loaded", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
    }

    [Fact]
    public async Task Import_ChangedFileForLoadedTerm_ReplacesThatTermOnly()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        var before = await DatabaseState.CaptureAsync(cs);

        var run = (await ImportRun.RunAsync(cs, _folder.Write("term-2-corrected", TermReports.Term("SEGUNDO", 320)))).Succeeded();

        Assert.Contains("2021-T2", run.Output, StringComparison.Ordinal);
        Assert.Contains("replaced the period", run.Output, StringComparison.Ordinal);
        var after = await DatabaseState.CaptureAsync(cs);
        Assert.Equal(before.Periods, after.Periods);
        Assert.Equal(before.Counts, after.Counts);
        var documents = after.Documents.Split('\n');
        Assert.Equal(before.Documents.Split('\n')[0], documents[0]);
        Assert.Contains("term-2-corrected.txt", documents[1], StringComparison.Ordinal);
        using var client = Client(cs);
        var petén = await PetenAsync(client, "2021-T2");
        Assert.Equal((320, 295), (petén.IntOrNull("childrenServed"), petén.GetProperty("previous").IntOrNull("childrenServed")));
        Assert.Equal(295, (await PetenAsync(client, "2021-T1")).IntOrNull("childrenServed"));
    }

    [Fact]
    public async Task Import_EarlierTermAfterLaterOne_LaterTermIsRelinkedToIt()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-3", TermReports.Term("TERCER", 330)))).Succeeded();
        using var client = Client(cs);
        Assert.Equal(295, (await PetenAsync(client, "2021-T3")).GetProperty("previous").IntOrNull("childrenServed"));

        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        Assert.Equal(310, (await PetenAsync(client, "2021-T3")).GetProperty("previous").IntOrNull("childrenServed"));
        Assert.Equal(295, (await PetenAsync(client, "2021-T2")).GetProperty("previous").IntOrNull("childrenServed"));

        (await ImportRun.RunAsync(cs, _folder.Write("term-2-corrected", TermReports.Term("SEGUNDO", 320)))).Succeeded();
        Assert.Equal(320, (await PetenAsync(client, "2021-T3")).GetProperty("previous").IntOrNull("childrenServed"));
    }

    [Fact]
    public async Task Import_CuratedPublication_IsServedOnTheDocumentAndTheFirstTermKeepsNone()
    {
        var cs = await TestDatabase.BuildNewAsync();
        var report = _folder.Write("term-2", TermReports.Term("SEGUNDO", 310));
        var curated = Path.ChangeExtension(report, null) + ".curated.json";
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(curated))!;
        // A "Fuente" line stands in for a printed publication date: what is checked is that the date quotes the report.
        json["publication"] = new System.Text.Json.Nodes.JsonObject
        {
            ["publishedAt"] = "2021-05-05",
            ["publishedAtQuote"] = "Fuente: Dirección Financiera con fecha 05/05/2021.",
            ["url"] = "https://example.org/term-2.txt",
        };
        await File.WriteAllTextAsync(curated, json.ToJsonString());

        (await ImportRun.RunAsync(cs, report)).Succeeded();

        using var client = Client(cs);
        var data = await client.QueryAsync("{ documents(order: [{ period: { code: ASC } }]) { nodes { publishedAt url } } }");
        Assert.Equal(
            [(null, null), ("2021-05-05", "https://example.org/term-2.txt")],
            data.Nodes("documents").Select(d => (d.GetProperty("publishedAt").GetString(), d.GetProperty("url").GetString())));
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    /// <summary>
    /// The app on the given database; the factory disposes the servers it derives. Without its output cache: these
    /// tests query right after an import, before the server's poll would evict (Caching/ tests that part).
    /// </summary>
    private HttpClient Client(string connectionString) =>
        _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:OpenData", connectionString)
            .UseSetting("OutputCache:GraphQLSeconds", "0")).CreateClient();

    private static async Task<JsonElement> PetenAsync(HttpClient client, string period)
    {
        var data = await client.QueryAsync(
            """
            query($period: String!) {
              communityHomesCoverage(where: { period: { code: { eq: $period } }, department: { name: { eq: "Petén" } } }) {
                nodes { childrenServed previous { childrenServed period { code } } } } }
            """,
            new { period });
        return Assert.Single(data.Nodes("communityHomesCoverage"));
    }
}

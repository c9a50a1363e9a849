using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>Coverage, budget and goals show how each figure changed from the previous term.</summary>
public sealed class PeriodChangeTests : IDisposable
{
    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [Fact]
    public async Task SecondTerm_ShowsAbsoluteAndRelativeChangeFromTheFirst()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        using var client = _app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:OpenData", cs)).CreateClient();

        var data = await client.QueryAsync("""
            { communityHomesCoverage(where: { period: { code: { eq: "2021-T2" } }, department: { code: { in: ["17", "16"] } } }, order: [{ department: { name: ASC } }]) {
                nodes { department { name } changeFromPrevious { childrenServed { previous current absolute relative } communityHomes { absolute relative } } } }
              budgetLines(where: { period: { code: { eq: "2021-T2" } }, activity: { eq: "Servicio Social" } }) { nodes { changeFromPrevious { executed { previous absolute relative } } } }
              first: communityHomesCoverage(where: { period: { code: { eq: "2021-T1" } } }, first: 1) { nodes { changeFromPrevious { childrenServed { absolute } } } } }
            """);
        var rows = data.Nodes("communityHomesCoverage").ToList();
        var alta = rows[0].GetProperty("changeFromPrevious");
        var peten = rows[1].GetProperty("changeFromPrevious");

        Assert.Equal("Alta Verapaz", rows[0].GetProperty("department").Str("name"));
        Assert.Equal((0m, 0m), (alta.GetProperty("childrenServed").GetProperty("absolute").GetDecimal(), alta.GetProperty("childrenServed").GetProperty("relative").GetDecimal()));
        // Petén: 295 → 310 is +15, and 15 / 295 = 5.0847 % → 5.08.
        var children = peten.GetProperty("childrenServed");
        Assert.Equal((295m, 310m, 15m, 5.08m), (children.GetProperty("previous").GetDecimal(), children.GetProperty("current").GetDecimal(), children.GetProperty("absolute").GetDecimal(), children.GetProperty("relative").GetDecimal()));
        // Petén has 0 community homes both times: no relative change from 0.
        Assert.Equal(JsonValueKind.Null, peten.GetProperty("communityHomes").GetProperty("relative").ValueKind);
        var executed = Assert.Single(data.Nodes("budgetLines")).GetProperty("changeFromPrevious").GetProperty("executed");
        Assert.Equal((1176282.82m, 0m), (executed.GetProperty("previous").GetDecimal(), executed.GetProperty("absolute").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, Assert.Single(data.Nodes("first")).GetProperty("changeFromPrevious").ValueKind);
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}

using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Questions;

/// <summary>
/// The budget figures the report implies but does not print: the modification (VIGENTE − ASIGNADO) and what is
/// left to spend (VIGENTE − EJECUTADO), against the report's table worked out by hand, filtered, sorted and summed in SQL.
/// </summary>
public sealed class BudgetComputedFiguresTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task CutActivities_AreFoundRankedAndTotalled_InOneStatementEach()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        // "Which activities had their budget cut, by how much, and how much of their current budget is left to spend?"
        var data = await client.QueryAsync("""
            { budgetLines(where: { computedModification: { lt: 0 } }, order: [{ computedModification: ASC }]) {
                nodes { activity computedModification computedUnspent }
                aggregates { count sum { computedModification computedUnspent } } } }
            """);

        // Creciendo Seguro: Q8,480,971.00 − Q10,826,243.00 and Q8,480,971.00 − Q2,504,212.39;
        // Servicio Social: Q6,596,188.00 − Q7,194,735.00 and Q6,596,188.00 − Q1,176,282.82.
        Assert.Equal(
            "Creciendo Seguro -2345272.00 5976758.61|Servicio Social -598547.00 5419905.18",
            string.Join("|", data.Nodes("budgetLines").Select(n => $"{n.Str("activity")} {n.GetProperty("computedModification").GetRawText()} {n.GetProperty("computedUnspent").GetRawText()}")));
        var aggregates = data.GetProperty("budgetLines").GetProperty("aggregates");
        Assert.Equal(2, aggregates.GetProperty("count").GetInt32());
        Assert.Equal("-2943819.00", aggregates.GetProperty("sum").GetProperty("computedModification").GetRawText());
        Assert.Equal("11396663.79", aggregates.GetProperty("sum").GetProperty("computedUnspent").GetRawText());
        Assert.All(capture.Commands, c => Assert.Contains("\"ComputedModification\"", c.Sql, StringComparison.Ordinal));
        Assert.Contains(capture.Commands, c => c.Sql.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Contains(capture.Commands, c => c.Sql.Contains("SUM(", StringComparison.Ordinal) && c.Sql.Contains("\"ComputedUnspent\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Totals_AddUpToThePrintedTotalsRow()
    {
        // TOTALES: ASIGNADO and VIGENTE both Q200,353,000.00, so the modifications cancel out;
        // VIGENTE − EJECUTADO = Q200,353,000.00 − Q40,361,430.75.
        var data = await factory.CreateClient().QueryAsync("""
            { budgetLines(where: { period: { code: { eq: "2021-T1" } } }) { aggregates { sum { computedModification computedUnspent } min { computedUnspent } max { computedModification } } } }
            """);

        var aggregates = data.GetProperty("budgetLines").GetProperty("aggregates");
        Assert.Equal("0.00", aggregates.GetProperty("sum").GetProperty("computedModification").GetRawText());
        Assert.Equal("159991569.25", aggregates.GetProperty("sum").GetProperty("computedUnspent").GetRawText());
        Assert.Equal("5419905.18", aggregates.GetProperty("min").GetProperty("computedUnspent").GetRawText());
        Assert.Equal("2062466.00", aggregates.GetProperty("max").GetProperty("computedModification").GetRawText());
    }

    [Fact]
    public async Task EveryRow_IsItsPrintedFiguresDifference()
    {
        var data = await factory.CreateClient().QueryAsync("{ budgetLines { nodes { approved current executed computedModification computedUnspent } } }");

        var rows = data.Nodes("budgetLines").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(r.GetProperty("current").GetDecimal() - r.GetProperty("approved").GetDecimal(), r.GetProperty("computedModification").GetDecimal());
            Assert.Equal(r.GetProperty("current").GetDecimal() - r.GetProperty("executed").GetDecimal(), r.GetProperty("computedUnspent").GetDecimal());
        });
    }

    [Fact]
    public async Task ComputedFigures_AreDescribedAsNotPrinted()
    {
        var data = await factory.CreateClient().QueryAsync("""{ __type(name: "BudgetLine") { fields { name description } } }""");

        var fields = data.GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Where(f => f.Str("name").StartsWith("computed", StringComparison.Ordinal)).ToList();
        Assert.Equal(["computedModification", "computedUnspent"], fields.Select(f => f.Str("name")));
        Assert.All(fields, f => Assert.StartsWith("Not printed in the report; computed as ", f.Str("description"), StringComparison.Ordinal));
    }
}

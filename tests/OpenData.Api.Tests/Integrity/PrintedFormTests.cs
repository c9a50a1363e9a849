using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Integrity;

/// <summary>
/// The totals and integrity views mix counts with amounts and rates: each figure is written as the report prints it,
/// a count as a whole number and an amount or a rate with its two decimals. The JSON text is compared, not the number,
/// since 218 and 218.00 are equal numbers. Figures are the report's (seed/sosep-rendicion-de-cuentas-2021-c1.txt).
/// </summary>
public sealed class PrintedFormTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("COMMUNITY_HOMES_COVERAGE", "MUNICIPALITIES_WITH_PRESENCE", "COUNT", "218")] // line 119, "218"
    [InlineData("GOALS", "ANNUAL_TARGET", "COUNT", "78933")] // "TOTAL PERSONAS BENEFICIADAS 78,933"
    [InlineData("BUDGET_LINES", "APPROVED", "AMOUNT", "200353000.00")] // "Q200,353,000.00"
    [InlineData("BUDGET_LINES", "EXECUTED", "AMOUNT", "40361430.75")] // "Q40,361,430.75"
    [InlineData("BUDGET_LINES", "EXECUTION_RATE", "RATE", "20.15")]
    public async Task ReportedTotal_IsWrittenAsPrinted(string collection, string field, string kind, string printed)
    {
        var node = Single(await _client.QueryAsync("{ reportedTotals(first: 500) { nodes { collection field figureKind value } } }"), "reportedTotals", collection, field);

        Assert.Equal((kind, printed), (node.Str("figureKind"), node.GetProperty("value").GetRawText()));
    }

    [Theory]
    [InlineData("integrityChecks", "GOALS", "ANNUAL_TARGET", "78933", "78933", "0")]
    [InlineData("integrityChecks", "BUDGET_LINES", "APPROVED", "200353000.00", "200353000.00", "0.00")]
    [InlineData("discrepancies", "COMMUNITY_HOMES_COVERAGE", "MUNICIPALITIES_WITH_PRESENCE", "218", "217", "1")]
    [InlineData("discrepancies", "COMMUNITY_HOMES_COVERAGE", "CHILD_CARE_CENTRES", "462", "460", "2")]
    public async Task TotalCheck_IsWrittenAsPrinted_WithoutAskingItsKind(string view, string collection, string field, string printed, string computed, string difference)
    {
        // figureKind is not selected: the row still reads it to write its figures.
        var data = await _client.QueryAsync($"{{ {view}(first: 500, where: {{ kind: {{ eq: TOTAL_EQUALS_SUM_OF_ROWS }} }}) {{ nodes {{ collection field printed computed difference }} }} }}");
        var node = Single(data, view, collection, field);

        Assert.Equal(
            (printed, computed, difference),
            (node.GetProperty("printed").GetRawText(), node.GetProperty("computed").GetRawText(), node.GetProperty("difference").GetRawText()));
    }

    [Fact]
    public async Task RateCheck_KeepsItsTwoDecimals_EvenWhenZero()
    {
        // "Personas con problemas de salud …": 0 of a 0 target, printed 0.00.
        var data = await _client.QueryAsync("""
            { integrityChecks(where: { kind: { eq: RATE_EQUALS_PARTS }, subject: { contains: "jornadas medicas" } }) { nodes { figureKind printed computed difference } } }
            """);
        var node = Assert.Single(data.Nodes("integrityChecks"));

        Assert.Equal(("RATE", "0.00", "0.00", "0.00"), (node.Str("figureKind"), node.GetProperty("printed").GetRawText(), node.GetProperty("computed").GetRawText(), node.GetProperty("difference").GetRawText()));
    }

    [Fact]
    public async Task Aggregates_OverOneKind_AreWrittenInItsForm_AndOverMixedKindsWithTwoDecimals()
    {
        var data = await _client.QueryAsync("""
            { counts: reportedTotals(where: { collection: { eq: COMMUNITY_HOMES_COVERAGE } }) { aggregates { sum { value } max { value } } }
              amounts: reportedTotals(where: { collection: { eq: BUDGET_LINES }, figureKind: { eq: AMOUNT } }) { aggregates { sum { value } max { value } } }
              mixed: reportedTotals(where: { collection: { eq: BUDGET_LINES } }) { aggregates { sum { value } } }
              kinds: integrityChecks { groupedAggregates(groupBy: [FIGURE_KIND], order: [{ sum: { printed: DESC } }]) { key { figureKind } sum { printed } } } }
            """);

        // Hogares Comunitarios TOTALES: 218 + 143 + 462 + 13,756; budget TOTALES: Q200,353,000.00 twice + Q40,361,430.75, and 20.15 %.
        Assert.Equal(("14579", "13756"), Sum(data, "counts"));
        Assert.Equal(("441067430.75", "200353000.00"), Sum(data, "amounts"));
        Assert.Equal("441067450.90", data.GetProperty("mixed").GetProperty("aggregates").GetProperty("sum").GetProperty("value").GetRawText());
        var groups = data.GetProperty("kinds").GetProperty("groupedAggregates").EnumerateArray()
            .ToDictionary(g => g.GetProperty("key").Str("figureKind"), g => g.GetProperty("sum").GetProperty("printed").GetRawText());
        Assert.Equal("441067430.75", groups["AMOUNT"]);
        Assert.DoesNotContain(".", groups["COUNT"], StringComparison.Ordinal);
        Assert.Contains(".", groups["RATE"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reported-totals", "value", "218", "200353000.00")]
    [InlineData("integrity-checks", "printed", "218", "200353000.00")]
    [InlineData("discrepancies", "printed", "218", null)]
    public async Task Export_WritesCountsWhole_AndAmountsWithTwoDecimals(string export, string column, string count, string? amount)
    {
        var csv = Csv.Parse(await _client.GetStringAsync($"/export/{export}.csv"));
        var json = JsonDocument.Parse(await _client.GetStringAsync($"/export/{export}.json")).RootElement.EnumerateArray().ToList();
        var at = Array.IndexOf(csv[0], column);
        var field = Array.IndexOf(csv[0], "field");

        var municipalities = csv.FindIndex(r => r[field] == "MUNICIPALITIES_WITH_PRESENCE");
        Assert.Equal(count, csv[municipalities][at]);
        Assert.Equal(count, json[municipalities - 1].GetProperty(column).GetRawText());
        if (amount is not null)
        {
            var approved = csv.FindIndex(r => r[field] == "APPROVED");
            Assert.Equal(amount, csv[approved][at]);
            Assert.Equal(amount, json[approved - 1].GetProperty(column).GetRawText());
        }
    }

    private static (string Sum, string Max) Sum(JsonElement data, string alias)
    {
        var aggregates = data.GetProperty(alias).GetProperty("aggregates");
        return (aggregates.GetProperty("sum").GetProperty("value").GetRawText(), aggregates.GetProperty("max").GetProperty("value").GetRawText());
    }

    private static JsonElement Single(JsonElement data, string view, string collection, string field) =>
        Assert.Single(data.Nodes(view), n => n.Str("collection") == collection && n.Str("field") == field);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Integrity;

/// <summary>
/// The names of collections, fields and measures are enums: a value filters in SQL like any condition, and a
/// misspelt one is refused by validation, where a free string used to answer no rows.
/// </summary>
public sealed class VocabularyTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CollectionAndField_Filter_TheTotalsAndChecksOfThatColumn()
    {
        var data = await _client.QueryAsync("""
            { reportedTotals(where: { collection: { eq: SHELTERS } }) { nodes { collection field label value } }
              integrityChecks(where: { collection: { eq: GOALS }, field: { in: [ANNUAL_TARGET, ACCUMULATED_EXECUTION] } }, order: [{ printed: DESC }]) { nodes { field printed computed } } }
            """);

        // "TOTAL DE PERSONAS ATENDIDAS 6,944" closes the shelters table; goals print 78,933 and 35,514 people.
        var shelters = Assert.Single(data.Nodes("reportedTotals"));
        Assert.Equal(("SHELTERS", "PEOPLE_SERVED", "TOTAL DE PERSONAS ATENDIDAS", 6944m), (shelters.Str("collection"), shelters.Str("field"), shelters.Str("label"), shelters.GetProperty("value").GetDecimal()));
        Assert.Equal(
            ["ANNUAL_TARGET 78933 78933", "ACCUMULATED_EXECUTION 35514 35514"],
            data.Nodes("integrityChecks").Select(n => $"{n.Str("field")} {n.GetProperty("printed").GetRawText()} {n.GetProperty("computed").GetRawText()}"));
    }

    [Fact]
    public async Task Measure_Filters_TheBeneficiaryFiguresOfThatColumn()
    {
        var data = await _client.QueryAsync("""
            { beneficiaryFigures(where: { measure: { eq: CHILDREN_SERVED } }, first: 500) { totalCount nodes { measure program { code } } aggregates { sum { value } } } }
            """);

        // NIÑOS BENEFICIARIOS of Hogares Comunitarios: printed total 13,756 (line 119).
        Assert.All(data.Nodes("beneficiaryFigures"), n => Assert.Equal(("CHILDREN_SERVED", "community-homes"), (n.Str("measure"), n.GetProperty("program").Str("code"))));
        Assert.Equal(13756, data.GetProperty("beneficiaryFigures").GetProperty("aggregates").GetProperty("sum").GetProperty("value").GetInt32());
    }

    [Theory]
    [InlineData("{ reportedTotals(where: { collection: { eq: BUDGET } }) { totalCount } }", "BUDGET")]
    [InlineData("{ reportedTotals(where: { collection: { eq: \"budgetLines\" } }) { totalCount } }", "budgetLines")]
    [InlineData("{ integrityChecks(where: { field: { eq: CHILDREN } }) { totalCount } }", "CHILDREN")]
    [InlineData("{ discrepancies(where: { addedField: { eq: CADIS } }) { totalCount } }", "CADIS")]
    [InlineData("{ beneficiaryFigures(where: { measure: { eq: CHILDREN } }) { totalCount } }", "CHILDREN")]
    public async Task MisspeltName_IsAValidationError_NotZeroRows(string query, string typo)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());

        Assert.False(document.RootElement.TryGetProperty("data", out _), "a refused document has no data");
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(typo, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MisspeltName_InAVariable_IsRefusedToo()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new
        {
            query = "query($c: FigureCollection!) { reportedTotals(where: { collection: { eq: $c } }) { totalCount } }",
            variables = new { c = "budget" },
        });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(document.RootElement.TryGetProperty("data", out _), "a refused request has no data");
        Assert.Contains("budget", Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enums_NameTheCollectionsWithFigures_EachDescribed()
    {
        var collections = await ValuesAsync("FigureCollection");
        var fields = await ValuesAsync("FigureField");
        var measures = await ValuesAsync("BeneficiaryMeasure");

        Assert.StartsWith("budgetLines: ", collections["BUDGET_LINES"], StringComparison.Ordinal);
        Assert.DoesNotContain("REPORTED_TOTALS", collections.Keys);
        Assert.Contains("\"EJECUTADO\"", fields["EXECUTED"], StringComparison.Ordinal);
        Assert.Contains("\"NIÑOS BENEFICIARIOS\"", measures["CHILDREN_SERVED"], StringComparison.Ordinal);
        // The 26 columns of the four tables have 19 names: men, women, genderTotal, ladinoMestizo, maya and
        // puebloTotal head columns of more than one programme.
        Assert.Equal(19, measures.Count);
    }

    [Fact]
    public async Task ExportWhere_TakesTheEnumAsAJsonString_AndRefusesATypo()
    {
        var csv = Csv.Parse(await _client.GetStringAsync($"/export/reported-totals.csv?where={Uri.EscapeDataString("""{ "collection": { "eq": "SHELTERS" } }""")}"));
        using var typo = await _client.GetAsync($"/export/reported-totals.csv?where={Uri.EscapeDataString("""{ "collection": { "eq": "SHELTER" } }""")}");

        var header = csv[0];
        var row = Assert.Single(csv.Skip(1));
        Assert.Equal(("SHELTERS", "PEOPLE_SERVED", "6944", "COUNT"), (row[Array.IndexOf(header, "collection")], row[Array.IndexOf(header, "field")], row[Array.IndexOf(header, "value")], row[Array.IndexOf(header, "figureKind")]));
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Contains("SHELTER", await typo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, string>> ValuesAsync(string type)
    {
        var data = await _client.QueryAsync("query($type: String!) { __type(name: $type) { enumValues { name description } } }", new { type });
        return data.GetProperty("__type").GetProperty("enumValues").EnumerateArray().ToDictionary(v => v.Str("name"), v => v.Str("description"));
    }
}

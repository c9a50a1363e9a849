using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Data;

/// <summary>Every printed totals row is served as printed, cell by cell.</summary>
public sealed class ReportedTotalsTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string, decimal?> PrintedTotals => new()
    {
        { "BUDGET_LINES", "APPROVED", "TOTALES", 200353000.00m },
        { "BUDGET_LINES", "CURRENT", "TOTALES", 200353000.00m },
        { "BUDGET_LINES", "EXECUTED", "TOTALES", 40361430.75m },
        { "BUDGET_LINES", "EXECUTION_RATE", "TOTALES", 20.15m },
        { "COMMUNITY_HOMES_COVERAGE", "MUNICIPALITIES_WITH_PRESENCE", "TOTALES", 218 },
        { "COMMUNITY_HOMES_COVERAGE", "COMMUNITY_HOMES", "TOTALES", 143 },
        { "COMMUNITY_HOMES_COVERAGE", "CHILD_CARE_CENTRES", "TOTALES", 462 },
        { "COMMUNITY_HOMES_COVERAGE", "CHILDREN_SERVED", "TOTALES", 13756 },
        { "SOCIAL_SERVICE_COVERAGE", "MEN", "TOTALES", 189 },
        { "SOCIAL_SERVICE_COVERAGE", "WOMEN", "TOTALES", 222 },
        { "SOCIAL_SERVICE_COVERAGE", "GENDER_TOTAL", "TOTALES", 411 },
        { "SOCIAL_SERVICE_COVERAGE", "LADINO_MESTIZO", "TOTALES", 378 },
        { "SOCIAL_SERVICE_COVERAGE", "MAYA", "TOTALES", 33 },
        { "SOCIAL_SERVICE_COVERAGE", "PUEBLO_TOTAL", "TOTALES", 411 },
        { "SOCIAL_SERVICE_COVERAGE", "PROVISIONS_TOTAL", "TOTALES", 411 },
        { "WOMEN_PROGRAM_COVERAGE", "MUNICIPALITIES", "TOTALES", 223 },
        { "WOMEN_PROGRAM_COVERAGE", "WOMEN", "TOTALES", 17457 },
        { "WOMEN_PROGRAM_COVERAGE", "PRODUCTIVE_UNITS", "TOTALES", 1436 },
        { "WOMEN_PROGRAM_COVERAGE", "TRAINING_EVENTS", "TOTALES", 8256 },
        { "WOMEN_PROGRAM_COVERAGE", "COMMERCIAL_EVENTS", "TOTALES", 58 },
        { "OLDER_PEOPLE_COVERAGE", "CARE_CENTRES", "TOTALES", 85 },
        { "OLDER_PEOPLE_COVERAGE", "MEN", "TOTALES", 1737 },
        { "OLDER_PEOPLE_COVERAGE", "WOMEN", "TOTALES", 2153 },
        { "OLDER_PEOPLE_COVERAGE", "GENDER_TOTAL", "TOTALES", 3890 },
        { "OLDER_PEOPLE_COVERAGE", "GARIFUNA", "TOTALES", 49 },
        { "OLDER_PEOPLE_COVERAGE", "LADINO_MESTIZO", "TOTALES", 2979 },
        { "OLDER_PEOPLE_COVERAGE", "MAYA", "TOTALES", 862 },
        { "OLDER_PEOPLE_COVERAGE", "PUEBLO_TOTAL", "TOTALES", 3890 },
        { "OLDER_PEOPLE_COVERAGE", "INTEGRAL_CARE_SERVICES", "TOTALES", 14895 },
        { "OLDER_PEOPLE_COVERAGE", "GENERATION_GAP_EVENTS", "TOTALES", 466 },
        { "GOALS", "ANNUAL_TARGET", "TOTAL PERSONAS BENEFICIADAS", 78933 },
        { "GOALS", "ACCUMULATED_EXECUTION", "TOTAL PERSONAS BENEFICIADAS", 35514 },
        { "GOALS", "EXECUTION_RATE", "TOTAL PERSONAS BENEFICIADAS", 44.99m },
        { "SHELTERS", "PEOPLE_SERVED", "TOTAL DE PERSONAS ATENDIDAS", 6944 },
    };

    [Theory]
    [MemberData(nameof(PrintedTotals))]
    public async Task ReportedTotal_IsServedAsPrinted(string collection, string field, string label, decimal? value)
    {
        var data = await _client.QueryAsync(
            "query($c: FigureCollection!, $f: FigureField!) { reportedTotals(where: { collection: { eq: $c }, field: { eq: $f } }) { nodes { label value period { code } source { table } } } }",
            new { c = collection, f = field });

        var total = Assert.Single(data.Nodes("reportedTotals"));
        Assert.Equal(label, total.Str("label"));
        Assert.Equal(value, total.DecimalOrNull("value"));
        Assert.Equal("2021-T1", total.GetProperty("period").Str("code"));
    }

    [Fact]
    public async Task ReportedTotals_AreExactlyThePrintedCells()
    {
        var data = await _client.QueryAsync("{ reportedTotals { totalCount } }");

        Assert.Equal(PrintedTotals.Count, data.GetProperty("reportedTotals").GetProperty("totalCount").GetInt32());
    }
}

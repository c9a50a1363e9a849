using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Data;

/// <summary>Every printed totals row is served as printed, cell by cell.</summary>
public sealed class ReportedTotalsTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string, decimal?> PrintedTotals => new()
    {
        { "budgetLines", "approved", "TOTALES", 200353000.00m },
        { "budgetLines", "current", "TOTALES", 200353000.00m },
        { "budgetLines", "executed", "TOTALES", 40361430.75m },
        { "budgetLines", "executionRate", "TOTALES", 20.15m },
        { "communityHomesCoverage", "municipalitiesWithPresence", "TOTALES", 218 },
        { "communityHomesCoverage", "communityHomes", "TOTALES", 143 },
        { "communityHomesCoverage", "childCareCentres", "TOTALES", 462 },
        { "communityHomesCoverage", "childrenServed", "TOTALES", 13756 },
        { "socialServiceCoverage", "men", "TOTALES", 189 },
        { "socialServiceCoverage", "women", "TOTALES", 222 },
        { "socialServiceCoverage", "genderTotal", "TOTALES", 411 },
        { "socialServiceCoverage", "ladinoMestizo", "TOTALES", 378 },
        { "socialServiceCoverage", "maya", "TOTALES", 33 },
        { "socialServiceCoverage", "puebloTotal", "TOTALES", 411 },
        { "socialServiceCoverage", "provisionsTotal", "TOTALES", 411 },
        { "womenProgramCoverage", "municipalities", "TOTALES", 223 },
        { "womenProgramCoverage", "women", "TOTALES", 17457 },
        { "womenProgramCoverage", "productiveUnits", "TOTALES", 1436 },
        { "womenProgramCoverage", "trainingEvents", "TOTALES", 8256 },
        { "womenProgramCoverage", "commercialEvents", "TOTALES", 58 },
        { "olderPeopleCoverage", "careCentres", "TOTALES", 85 },
        { "olderPeopleCoverage", "men", "TOTALES", 1737 },
        { "olderPeopleCoverage", "women", "TOTALES", 2153 },
        { "olderPeopleCoverage", "genderTotal", "TOTALES", 3890 },
        { "olderPeopleCoverage", "garifuna", "TOTALES", 49 },
        { "olderPeopleCoverage", "ladinoMestizo", "TOTALES", 2979 },
        { "olderPeopleCoverage", "maya", "TOTALES", 862 },
        { "olderPeopleCoverage", "puebloTotal", "TOTALES", 3890 },
        { "olderPeopleCoverage", "integralCareServices", "TOTALES", 14895 },
        { "olderPeopleCoverage", "generationGapEvents", "TOTALES", 466 },
        { "goals", "annualTarget", "TOTAL PERSONAS BENEFICIADAS", 78933 },
        { "goals", "accumulatedExecution", "TOTAL PERSONAS BENEFICIADAS", 35514 },
        { "goals", "executionRate", "TOTAL PERSONAS BENEFICIADAS", 44.99m },
        { "shelters", "peopleServed", "TOTAL DE PERSONAS ATENDIDAS", 6944 },
    };

    [Theory]
    [MemberData(nameof(PrintedTotals))]
    public async Task ReportedTotal_IsServedAsPrinted(string collection, string field, string label, decimal? value)
    {
        var data = await _client.QueryAsync(
            "query($c: String!, $f: String!) { reportedTotals(where: { collection: { eq: $c }, field: { eq: $f } }) { nodes { label value period { code } source { table } } } }",
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

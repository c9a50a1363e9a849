using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Data;

/// <summary>The budget, physical goals and shelters tables, served as printed.</summary>
public sealed class BudgetGoalsSheltersTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Dirección y Coordinación", "32595100.00", "33038461.00", "7674675.24", "23.23")]
    [InlineData("Promoción Comunitaria y Asistencia Alimentaria", "117536922.00", "117974914.00", "22056960.31", "18.70")]
    [InlineData("Servicio Social", "7194735.00", "6596188.00", "1176282.82", "17.83")]
    [InlineData("Creciendo Seguro", "10826243.00", "8480971.00", "2504212.39", "29.53")]
    [InlineData("Programa Nacional Mis Años Dorados", "32200000.00", "34262466.00", "6949299.99", "20.28")]
    public async Task BudgetLine_IsServedToTheCentavo(string activity, string approved, string current, string executed, string rate)
    {
        var data = await _client.QueryAsync(
            "query($a: String!) { budgetLines(where: { activity: { eq: $a } }) { nodes { approved current executed executionRate } } }", new { a = activity });

        var row = Assert.Single(data.Nodes("budgetLines"));
        Assert.Equal([approved, current, executed, rate], new[] { "approved", "current", "executed", "executionRate" }.Select(f => row.GetProperty(f).GetRawText()));
    }

    [Fact]
    public async Task Goals_AreServedInOrderWithTheirStructure()
    {
        var data = await _client.QueryAsync("{ goals(order: [{ line: ASC }]) { nodes { directorate concept level annualTarget accumulatedExecution executionRate parent { concept } program { code } } } }");
        var goals = data.Nodes("goals").ToList();

        Assert.Equal(15, goals.Count);
        Assert.Equal(("Dirección y Coordinación", "PRODUCT", 12, 4, 33.33m), (goals[0].Str("directorate"), goals[0].Str("level"), goals[0].GetProperty("annualTarget").GetInt32(), goals[0].GetProperty("accumulatedExecution").GetInt32(), goals[0].GetProperty("executionRate").GetDecimal()));
        Assert.Equal("SUB_PRODUCT", goals[1].Str("level"));
        Assert.Equal("Dirección y Coordinación", goals[1].GetProperty("parent").Str("concept"));
        var medical = goals.Single(g => g.Str("concept").EndsWith("atención en jornadas médicas.", StringComparison.Ordinal));
        Assert.Equal((0, 0, "0.00", "DIRECCIÓN DE SERVICIO SOCIAL", "social-service"), (medical.GetProperty("annualTarget").GetInt32(), medical.GetProperty("accumulatedExecution").GetInt32(), medical.GetProperty("executionRate").GetRawText(), medical.Str("directorate"), medical.GetProperty("program").Str("code")));
        var women = goals.Single(g => g.Str("concept").StartsWith("Mujeres beneficiadas con capacitación", StringComparison.Ordinal));
        Assert.Equal(("PRODUCT", 43819, 17457, 39.84m), (women.Str("level"), women.GetProperty("annualTarget").GetInt32(), women.GetProperty("accumulatedExecution").GetInt32(), women.GetProperty("executionRate").GetDecimal()));
        var permanent = goals.Single(g => g.Str("concept") == "Adultos mayores beneficiados con servicios en Centros de Atención Permanente.");
        Assert.Equal((150, 60, 40.00m, "Adultos mayores en condición de pobreza y extrema pobreza con atención integral."), (permanent.GetProperty("annualTarget").GetInt32(), permanent.GetProperty("accumulatedExecution").GetInt32(), permanent.GetProperty("executionRate").GetDecimal(), permanent.GetProperty("parent").Str("concept")));
    }

    [Fact]
    public async Task Shelters_AreServedWithDatesAndDepartment()
    {
        var data = await _client.QueryAsync("{ shelters(order: [{ line: ASC }]) { nodes { shelters location coverageStart coverageEnd peopleServed department { code name } } } }");
        var rows = data.Nodes("shelters").Select(r => (r.GetProperty("shelters").GetInt32(), r.Str("location"), r.Str("coverageStart"), r.Str("coverageEnd"), r.GetProperty("peopleServed").GetInt32(), r.GetProperty("department").Str("code"))).ToList();

        Assert.Equal(
            [
                (1, "Barrio el Gallito Zona 3", "2020-11-09", "2021-03-29", 1706, "01"),
                (1, "Hipódromo del Norte Zona 2", "2020-11-09", "2021-03-29", 1751, "01"),
                (1, "Polideportivo Santo Domingo Zona 1 de Mixco", "2020-11-09", "2021-03-29", 3487, "01"),
            ],
            rows);
    }

    [Fact]
    public async Task EveryRecord_SaysWhereItCameFrom()
    {
        var data = await _client.QueryAsync("{ womenProgramCoverage(first: 1, order: [{ line: ASC }]) { nodes { line source { section table note date firstLine lastLine document { fileName sha256 title publisher period { code } } } } } }");
        var row = Assert.Single(data.Nodes("womenProgramCoverage"));
        var source = row.GetProperty("source");

        Assert.Equal("MEJORAMIENTO DE LAS CONDICIONES SOCIOECONÓMICAS DE LA MUJER", source.Str("section"));
        Assert.Equal("Fuente: Elaboración propia con datos proporcionados por la Dirección Mejoramiento de las Condiciones Socioeconómicas de la mujer con fecha 26/04/2021.", source.Str("note"));
        Assert.Equal("2021-04-26", source.Str("date"));
        Assert.InRange(row.GetProperty("line").GetInt32(), source.GetProperty("firstLine").GetInt32() + 1, source.GetProperty("lastLine").GetInt32() - 1);
        Assert.Equal("Alta Verapaz\t8\t1,031\t74\t452\t2", SeedReport.Text.Split('\n')[row.GetProperty("line").GetInt32() - 1].TrimEnd('\r'));
        var document = source.GetProperty("document");
        Assert.Equal(SeedReport.FileName, document.Str("fileName"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RepoPaths.Seed(SeedReport.FileName)))), document.Str("sha256"));
        Assert.Equal("2021-T1", document.GetProperty("period").Str("code"));
    }
}

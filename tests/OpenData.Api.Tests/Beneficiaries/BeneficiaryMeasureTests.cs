using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Beneficiaries;

/// <summary>The measures match the programme tables' columns and headings, and a reloaded report replaces its figures.</summary>
public sealed class BeneficiaryMeasureTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("community-homes", "CommunityHomesCoverage")]
    [InlineData("social-service", "SocialServiceCoverage")]
    [InlineData("women", "WomenProgramCoverage")]
    [InlineData("older-people", "OlderPeopleCoverage")]
    public async Task Measures_AreTheIntFieldsOfTheProgrammeTable(string program, string tableType)
    {
        var data = await _client.QueryAsync(
            """
            query($program: String!, $type: String!) {
              beneficiaryFigures(first: 500, where: { program: { code: { eq: $program } } }) { nodes { measure } }
              __type(name: $type) { fields { name type { name ofType { name } } } }
            }
            """,
            new { program, type = tableType });
        var columns = data.GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Where(f => (f.GetProperty("type").GetProperty("name").GetString() ?? f.GetProperty("type").GetProperty("ofType").GetProperty("name").GetString()) == "Int")
            .Select(f => f.Str("name"))
            .Where(name => name is not ("id" or "line"))

            // The measure enum names each field as GraphQL enums are written: childrenServed is CHILDREN_SERVED.
            .Select(name => System.Text.RegularExpressions.Regex.Replace(name, "(?<!^)([A-Z])", "_$1").ToUpperInvariant());

        Assert.Equal(columns.Order(), data.Nodes("beneficiaryFigures").Select(n => n.Str("measure")).Distinct().Order());
    }

    [Theory]
    [InlineData("community-homes", "DEPARTAMENTO\tMUNICIPIOS CON PRESENCIA", 4)]
    [InlineData("social-service", "DEPARTAMENTO\tGÉNERO", 7)]
    [InlineData("women", "DEPARTAMENTO\tMUNICIPIOS\tMUJERES", 5)]
    [InlineData("older-people", "DEPARTAMENTO\tCENTROS DE ATENCIÓN", 10)]
    public async Task MeasureLabels_ArePrintedHeadingsOfTheTable(string program, string header, int columns)
    {
        var lines = SeedReport.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var at = lines.FindIndex(l => l.StartsWith(header, StringComparison.Ordinal));
        var headings = lines[at].Split('\t').Concat(lines[at + 1].Split('\t')).ToHashSet();
        var data = await _client.QueryAsync(
            "query($program: String!) { beneficiaryFigures(first: 500, where: { program: { code: { eq: $program } } }) { nodes { measure measureLabel } } }",
            new { program });
        var pairs = data.Nodes("beneficiaryFigures").Select(n => (Measure: n.Str("measure"), Label: n.Str("measureLabel"))).Distinct().ToList();

        Assert.Equal(columns, pairs.Count);
        Assert.Equal(columns, pairs.Select(p => p.Label).Distinct().Count());
        Assert.All(pairs, p => Assert.Contains(p.Label, headings));
    }

    [Fact]
    public async Task Reload_ChangedReport_ReplacesTheFiguresOfItsPeriod()
    {
        var connectionString = await TestDatabase.BuildNewAsync();
        var path = RepoPaths.Seed(SeedReport.FileName);
        var changed = SeedReport.Text.Replace("Petén\t9\t0\t12\t295", "Petén\t9\t0\t12\t296", StringComparison.Ordinal);
        Assert.NotEqual(SeedReport.Text, changed);
        var bytes = Encoding.UTF8.GetBytes(changed);
        await using var db = TestDatabase.Context(connectionString);

        var loaded = await ReportLoader.LoadAsync(db, ReportReader.Parse(bytes), CuratedReportLoader.Load(SeedFolder.CuratedFor(path)), changed, SeedReport.FileName, CancellationToken.None);

        Assert.True(loaded);
        Assert.Equal(474, await db.BeneficiaryFigures.CountAsync());
        var peten = await db.BeneficiaryFigures.SingleAsync(e => e.Department!.Code == "17" && e.Measure == "childrenServed");
        Assert.Equal(296, peten.Value);
        Assert.Equal("ninos beneficiarios", await db.BeneficiaryFigures.Where(e => e.Id == peten.Id).Select(e => EF.Property<string>(e, "MeasureLabelFolded")).SingleAsync());
    }
}

using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Integrity;

/// <summary>
/// Where the 2021 term-1 report does not add up. Every expected figure was worked out by hand from the report
/// text (seed/sosep-rendicion-de-cuentas-2021-c1.txt), adding its rows with a calculator.
/// </summary>
public sealed class IntegrityCheckTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string Fields = "kind collection field addedField subject printed computed difference matches rule line source { section table firstLine lastLine }";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Discrepancies_OfTerm1_AreTheThreeFoundByHand()
    {
        var data = await _client.QueryAsync($"{{ integrityChecks(where: {{ matches: {{ eq: false }} }}, first: 500) {{ totalCount nodes {{ {Fields} }} }} }}");

        var found = data.Nodes("integrityChecks").Select(Row).OrderBy(r => r.Line).ThenBy(r => r.Field).ToList();
        Assert.Equal(3, data.GetProperty("integrityChecks").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [
                // Line 119: the 22 department rows of CADIS add up to 460, not the printed 462.
                new("TOTAL_EQUALS_SUM_OF_ROWS", "COMMUNITY_HOMES_COVERAGE", "CHILD_CARE_CENTRES", "TOTALES", 462m, 460m, 2m, 119),

                // Line 119: MUNICIPIOS CON PRESENCIA adds up to 217, not the printed 218.
                new("TOTAL_EQUALS_SUM_OF_ROWS", "COMMUNITY_HOMES_COVERAGE", "MUNICIPALITIES_WITH_PRESENCE", "TOTALES", 218m, 217m, 1m, 119),

                // Line 129: "603 Centros de Atención y Desarrollo Infantil" against 143 homes + 462 CADIs printed = 605.
                new("PROSE_EQUALS_TABLE", "COMMUNITY_HOMES_COVERAGE", "COMMUNITY_HOMES + CHILD_CARE_CENTRES", "603 Centros de Atención y Desarrollo Infantil -CADI-", 603m, 605m, -2m, 129),
            ],
            found);
    }

    public static TheoryData<string, string, string, string, decimal, decimal> MatchingChecks => new()
    {
        { "TOTAL_EQUALS_SUM_OF_ROWS", "BUDGET_LINES", "APPROVED", "TOTALES", 200_353_000.00m, 200_353_000.00m },
        { "TOTAL_EQUALS_SUM_OF_ROWS", "BUDGET_LINES", "EXECUTED", "TOTALES", 40_361_430.75m, 40_361_430.75m },
        { "RATE_EQUALS_PARTS", "BUDGET_LINES", "EXECUTION_RATE", "TOTALES", 20.15m, 20.15m },
        { "RATE_EQUALS_PARTS", "BUDGET_LINES", "EXECUTION_RATE", "Promoción Comunitaria y Asistencia Alimentaria", 18.70m, 18.70m },
        { "TOTAL_EQUALS_SUM_OF_ROWS", "COMMUNITY_HOMES_COVERAGE", "CHILDREN_SERVED", "TOTALES", 13_756m, 13_756m },
        { "TOTAL_EQUALS_SUM_OF_ROWS", "OLDER_PEOPLE_COVERAGE", "INTEGRAL_CARE_SERVICES", "TOTALES", 14_895m, 14_895m },
        { "TOTAL_EQUALS_SUM_OF_ROWS", "GOALS", "ANNUAL_TARGET", "TOTAL PERSONAS BENEFICIADAS", 78_933m, 78_933m },
        { "TOTAL_EQUALS_SUM_OF_ROWS", "GOALS", "ACCUMULATED_EXECUTION", "TOTAL PERSONAS BENEFICIADAS", 35_514m, 35_514m },
        { "RATE_EQUALS_PARTS", "GOALS", "EXECUTION_RATE", "TOTAL PERSONAS BENEFICIADAS", 44.99m, 44.99m },
        { "RATE_EQUALS_PARTS", "GOALS", "EXECUTION_RATE", "Mujeres organizadas en Unidades Productivas para contribuir al desarrollo integral de las familias guatemaltecas.", 44.92m, 44.92m },
        { "RATE_EQUALS_PARTS", "GOALS", "EXECUTION_RATE", "Personas con problemas de salud en condición de pobreza y pobreza extrema beneficiados con atención en jornadas médicas.", 0.00m, 0.00m },
        { "TOTAL_EQUALS_SUM_OF_ROWS", "SHELTERS", "PEOPLE_SERVED", "TOTAL DE PERSONAS ATENDIDAS", 6_944m, 6_944m },
        { "PROSE_EQUALS_TABLE", "OLDER_PEOPLE_COVERAGE", "CARE_CENTRES", "83 Centros de Atención Diurna + 2 Centros de Atención Permanente", 85m, 85m },
        { "PROSE_EQUALS_TABLE", "WOMEN_PROGRAM_COVERAGE", "WOMEN", "17,457 mujeres", 17_457m, 17_457m },
    };

    [Theory]
    [MemberData(nameof(MatchingChecks))]
    public async Task MatchingCheck_PrintedEqualsComputed(string kind, string collection, string field, string subject, decimal printed, decimal computed)
    {
        var data = await _client.QueryAsync(
            $"query($c: FigureCollection!, $f: FigureField!, $s: String!) {{ integrityChecks(where: {{ collection: {{ eq: $c }}, field: {{ eq: $f }}, subject: {{ eq: $s }} }}) {{ nodes {{ {Fields} }} }} }}",
            new { c = collection, f = field, s = subject });

        var check = Row(Assert.Single(data.Nodes("integrityChecks")));
        Assert.Equal((kind, printed, computed, 0m), (check.Kind, check.Printed, check.Computed, check.Difference));
    }

    [Theory]
    [InlineData("TOTAL_EQUALS_SUM_OF_ROWS", 32)] // 34 printed totals cells, less the 2 rates
    [InlineData("RATE_EQUALS_PARTS", 22)] // 5 budget rows, 15 goal rows, 2 totals rows
    [InlineData("PROSE_EQUALS_TABLE", 14)] // the figures of the LOGROS paragraphs that restate a table total
    public async Task Checks_FilteredByKind_AreOnlyThatKind(string kind, int count)
    {
        var data = await _client.QueryAsync(
            $"{{ integrityChecks(where: {{ kind: {{ eq: {kind} }} }}, first: 500) {{ totalCount nodes {{ kind }} }} }}");

        Assert.Equal(count, data.GetProperty("integrityChecks").GetProperty("totalCount").GetInt32());
        Assert.All(data.Nodes("integrityChecks"), node => Assert.Equal(kind, node.Str("kind")));
    }

    [Fact]
    public async Task EveryCheck_HasASourceContainingItsLineAndARule()
    {
        var data = await _client.QueryAsync($"{{ integrityChecks(first: 500) {{ totalCount nodes {{ {Fields} }} }} }}");

        Assert.Equal(68, data.GetProperty("integrityChecks").GetProperty("totalCount").GetInt32());
        Assert.All(data.Nodes("integrityChecks"), node =>
        {
            var source = node.GetProperty("source");
            Assert.InRange(node.GetProperty("line").GetInt32(), source.GetProperty("firstLine").GetInt32(), source.GetProperty("lastLine").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(source.Str("table")));
            Assert.False(string.IsNullOrWhiteSpace(node.Str("rule")));
            Assert.Equal(node.GetProperty("matches").GetBoolean(), node.DecimalOrNull("difference") == 0m);
        });
    }

    [Fact]
    public async Task ProseCheck_SourceIsTheLogrosParagraph()
    {
        var data = await _client.QueryAsync(
            $"{{ integrityChecks(where: {{ kind: {{ eq: PROSE_EQUALS_TABLE }}, subject: {{ contains: \"603\" }} }}) {{ nodes {{ {Fields} }} }} }}");

        var node = Assert.Single(data.Nodes("integrityChecks"));
        Assert.Equal("HOGARES COMUNITARIOS", node.GetProperty("source").Str("section"));
        Assert.Equal("LOGROS INSTITUCIONALES", node.GetProperty("source").Str("table"));
        Assert.Contains("143 + 460 = 603", node.Str("rule"), StringComparison.Ordinal);
    }

    private static CheckRow Row(JsonElement node) => new(
        node.Str("kind"), node.Str("collection"), node.Str("addedField") is { } added ? $"{node.Str("field")} + {added}" : node.Str("field"), node.Str("subject"),
        node.GetProperty("printed").GetDecimal(), node.DecimalOrNull("computed"), node.DecimalOrNull("difference"), node.GetProperty("line").GetInt32());

    private sealed record CheckRow(string Kind, string Collection, string Field, string Subject, decimal Printed, decimal? Computed, decimal? Difference, int Line);
}

using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Beneficiaries;

/// <summary>The four programme tables as one tidy table: a row per printed cell, none for a blank.</summary>
public sealed class BeneficiaryFigureTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string Figures = "beneficiaryFigures";
    private readonly HttpClient _client = factory.CreateClient();

    // Non-blank cells counted in the report text: Hogares Comunitarios 22 rows × 4, no blanks; Servicio Social
    // 15 × 7 less 12 blanks; MCSM 22 × 5 less 2 blanks (Jalapa, Suchitepéquez); Mis Años Dorados 19 × 10 less 5.
    [Theory]
    [InlineData(null, 474)]
    [InlineData("community-homes", 88)]
    [InlineData("social-service", 93)]
    [InlineData("women", 108)]
    [InlineData("older-people", 185)]
    public async Task Figures_OnePerNonBlankCell(string? program, int expected)
    {
        var where = program is null ? string.Empty : $"(where: {{ program: {{ code: {{ eq: \"{program}\" }} }} }})";
        var data = await _client.QueryAsync($"{{ {Figures}{where} {{ totalCount }} }}");

        Assert.Equal(expected, Total(data));
    }

    [Theory]
    [InlineData("Petén", "community-homes", "CHILDREN_SERVED", 295, 107)]
    [InlineData("Quiché", "social-service", "WOMEN", 3, 162)]
    [InlineData("Quiché", "social-service", "MEN", null, null)]
    [InlineData("Sacatepéquez", "social-service", "MAYA", null, null)]
    [InlineData("Jalapa", "women", "COMMERCIAL_EVENTS", null, null)]
    [InlineData("Jalapa", "women", "TRAINING_EVENTS", 18, 217)]
    [InlineData("Guatemala", "older-people", "MEN", 283, 280)]
    [InlineData("Guatemala", "social-service", "MEN", 43, 157)]
    [InlineData("El Progreso", "older-people", "GARIFUNA", null, null)]
    [InlineData("Jutiapa", "older-people", "INTEGRAL_CARE_SERVICES", 1585, 284)]
    public async Task Figure_IsThePrintedCellOrAbsentWhenBlank(string department, string program, string measure, int? value, int? line)
    {
        var data = await _client.QueryAsync(
            $$"""
            query($department: String!, $program: String!, $measure: BeneficiaryMeasure!) {
              {{Figures}}(where: { department: { name: { eq: $department } }, program: { code: { eq: $program } }, measure: { eq: $measure } }) {
                nodes { value line }
              }
            }
            """,
            new { department, program, measure });
        var nodes = data.Nodes(Figures).ToList();

        Assert.Equal(value is null ? [] : [(value.Value, line!.Value)], nodes.Select(n => (n.GetProperty("value").GetInt32(), n.GetProperty("line").GetInt32())));
    }

    // Each programme's people-served cell for the department, read off the four tables by hand.
    [Theory]
    [InlineData("guatemala", 1526 + 89 + 482 + 752, 4)]
    [InlineData("JUTIAPA", 298 + 81 + 1095 + 401, 4)]
    [InlineData("quiche", 511 + 3 + 482 + 116, 4)]
    [InlineData("Petén", 295 + 253, 2)]
    public async Task PeopleServed_AcrossProgrammes_SumsOneFigurePerProgramme(string department, int expected, int programmes)
    {
        var data = await _client.QueryAsync(
            $$"""
            query($department: String!) {
              {{Figures}}(where: { countsPeopleServed: { eq: true }, department: { name: { eq: $department } } }) {
                nodes { value program { code } }
              }
            }
            """,
            new { department });
        var nodes = data.Nodes(Figures).ToList();

        Assert.Equal(expected, nodes.Sum(n => n.GetProperty("value").GetInt32()));
        Assert.Equal(programmes, nodes.Select(n => n.GetProperty("program").Str("code")).Distinct().Count());
    }

    // The printed TOTALES of the four people-served columns: 13,756 children, 411 people with provisions,
    // 17,457 women, 3,890 older people; in this report each equals the sum of its rows.
    [Fact]
    public async Task PeopleServed_OneMeasurePerProgramme_AddsUpToThePrintedTotals()
    {
        var data = await _client.QueryAsync($"{{ {Figures}(first: 500, where: {{ countsPeopleServed: {{ eq: true }} }}) {{ totalCount nodes {{ value measure program {{ code }} }} }} }}");
        var measures = data.Nodes(Figures).Select(n => $"{n.GetProperty("program").Str("code")}:{n.Str("measure")}").Distinct().Order();

        Assert.Equal(["community-homes:CHILDREN_SERVED", "older-people:GENDER_TOTAL", "social-service:GENDER_TOTAL", "women:WOMEN"], measures);
        Assert.Equal(22 + 15 + 22 + 19, Total(data));
        Assert.Equal(13756 + 411 + 17457 + 3890, data.Nodes(Figures).Sum(n => n.GetProperty("value").GetInt32()));
    }

    [Fact]
    public async Task DepartmentFilter_ThroughTheRelation_IgnoresAccents()
    {
        var data = await _client.QueryAsync($"{{ {Figures}(first: 500, where: {{ department: {{ name: {{ contains: \"peten\" }} }} }}) {{ totalCount nodes {{ department {{ name }} }} }} }}");

        Assert.Equal(4 + 5, Total(data));
        Assert.All(data.Nodes(Figures), n => Assert.Equal("Petén", n.GetProperty("department").Str("name")));
    }

    [Fact]
    public async Task MeasureLabel_FiltersIgnoreAccents()
    {
        var data = await _client.QueryAsync($"{{ {Figures}(where: {{ measureLabel: {{ eq: \"ninos beneficiarios\" }} }}) {{ totalCount nodes {{ measureLabel }} }} }}");

        Assert.Equal(22, Total(data));
        Assert.All(data.Nodes(Figures), n => Assert.Equal("NIÑOS BENEFICIARIOS", n.Str("measureLabel")));
    }

    [Theory]
    [InlineData("community-homes", "CHILDREN_SERVED")]
    [InlineData("social-service", "MEN WOMEN GENDER_TOTAL LADINO_MESTIZO MAYA PUEBLO_TOTAL")]
    [InlineData("women", "WOMEN")]
    [InlineData("older-people", "MEN WOMEN GENDER_TOTAL GARIFUNA LADINO_MESTIZO MAYA PUEBLO_TOTAL")]
    public async Task PeopleCounts_AreTheMeasuresOfPersons(string program, string measures)
    {
        var data = await _client.QueryAsync(
            $$"""
            query($program: String!) {
              {{Figures}}(first: 500, where: { isPeopleCount: { eq: true }, program: { code: { eq: $program } } }) { nodes { measure } }
            }
            """,
            new { program });

        Assert.Equal(measures.Split(' ').Order(), data.Nodes(Figures).Select(n => n.Str("measure")).Distinct().Order());
    }

    [Fact]
    public async Task Relations_LinkDepartmentsAndProgrammesBothWays()
    {
        var data = await _client.QueryAsync(
            $"{{ department(code: \"17\") {{ {Figures} {{ program {{ code }} }} }} program(code: \"older-people\") {{ {Figures} {{ measure }} }} }}");
        var peten = data.GetProperty("department").GetProperty(Figures).EnumerateArray().ToList();
        var older = data.GetProperty("program").GetProperty(Figures).EnumerateArray().ToList();

        Assert.Equal(4 + 5, peten.Count);
        Assert.Equal(["community-homes", "women"], peten.Select(f => f.GetProperty("program").Str("code")).Distinct().Order());
        Assert.Equal(185, older.Count);
        Assert.Equal(19, older.Count(f => f.Str("measure") == "CARE_CENTRES"));
    }

    private static int Total(JsonElement data) => data.GetProperty(Figures).GetProperty("totalCount").GetInt32();
}

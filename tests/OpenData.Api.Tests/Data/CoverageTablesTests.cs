using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Data;

/// <summary>The four programme tables, served cell by cell as printed; blanks are null, never 0.</summary>
public sealed class CoverageTablesTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Alta Verapaz", 10, 0, 20, 611)]
    [InlineData("Chimaltenango", 12, 10, 37, 1009)]
    [InlineData("Petén", 9, 0, 12, 295)]
    [InlineData("Quetzaltenango", 22, 7, 55, 1360)]
    [InlineData("Zacapa", 9, 0, 23, 741)]
    public async Task CommunityHomes_Row_IsServedAsPrinted(string department, int municipalities, int homes, int cadis, int children)
    {
        var row = await RowAsync("communityHomesCoverage", department, "municipalitiesWithPresence communityHomes childCareCentres childrenServed");

        Assert.Equal([municipalities, homes, cadis, children], Ints(row, "municipalitiesWithPresence", "communityHomes", "childCareCentres", "childrenServed"));
    }

    [Theory]
    [InlineData("Chimaltenango", 6, 14, 20, 1, 19, 20, 20)]
    [InlineData("El Progreso", 1, 5, 6, 6, null, 6, 6)]
    [InlineData("Quiché", null, 3, 3, 2, 1, 3, 3)]
    [InlineData("Sacatepéquez", null, 1, 1, 1, null, 1, 1)]
    public async Task SocialService_Row_IsServedAsPrintedWithBlanksAsNull(
        string department, int? men, int? women, int? gender, int? ladino, int? maya, int? pueblo, int? provisions)
    {
        var row = await RowAsync("socialServiceCoverage", department, "men women genderTotal ladinoMestizo maya puebloTotal provisionsTotal");

        Assert.Equal([men, women, gender, ladino, maya, pueblo, provisions], Ints(row, "men", "women", "genderTotal", "ladinoMestizo", "maya", "puebloTotal", "provisionsTotal"));
    }

    [Theory]
    [InlineData("Alta Verapaz", 8, 1031, 74, 452, 2)]
    [InlineData("Jalapa", 1, 122, 9, 18, null)]
    [InlineData("Suchitepéquez", 19, 1000, 100, 250, null)]
    [InlineData("Totonicapán", 7, 1458, 113, 736, 2)]
    public async Task WomenProgram_Row_IsServedAsPrintedWithBlanksAsNull(string department, int municipalities, int women, int units, int training, int? commercial)
    {
        var row = await RowAsync("womenProgramCoverage", department, "municipalities women productiveUnits trainingEvents commercialEvents");

        Assert.Equal([municipalities, women, units, training, commercial], Ints(row, "municipalities", "women", "productiveUnits", "trainingEvents", "commercialEvents"));
    }

    [Theory]
    [InlineData("Alta Verapaz", 3, 60, 105, 165, 2, 10, 153, 165, 639, 12)]
    [InlineData("El Progreso", 1, 22, 15, 37, null, 37, null, 37, 143, 4)]
    [InlineData("Santa Rosa", 4, 75, 72, 147, 3, 144, null, 147, 579, 16)]
    [InlineData("Guatemala", 14, 283, 469, 752, 10, 661, 81, 752, 2901, 56)]
    public async Task OlderPeople_Row_IsServedAsPrintedWithBlanksAsNull(
        string department, int centres, int men, int women, int gender, int? garifuna, int? ladino, int? maya, int pueblo, int care, int events)
    {
        const string fields = "careCentres men women genderTotal garifuna ladinoMestizo maya puebloTotal integralCareServices generationGapEvents";
        var row = await RowAsync("olderPeopleCoverage", department, fields);

        Assert.Equal([centres, men, women, gender, garifuna, ladino, maya, pueblo, care, events], Ints(row, fields.Split(' ')));
    }

    [Theory]
    [InlineData("DEPARTAMENTO\tMUNICIPIOS CON PRESENCIA", "communityHomesCoverage", "municipalitiesWithPresence communityHomes childCareCentres childrenServed", 22)]
    [InlineData("DEPARTAMENTO\tGÉNERO", "socialServiceCoverage", "men women genderTotal ladinoMestizo maya puebloTotal provisionsTotal", 15)]
    [InlineData("DEPARTAMENTO\tMUNICIPIOS\tMUJERES", "womenProgramCoverage", "municipalities women productiveUnits trainingEvents commercialEvents", 22)]
    [InlineData("DEPARTAMENTO\tCENTROS DE ATENCIÓN", "olderPeopleCoverage", "careCentres men women genderTotal garifuna ladinoMestizo maya puebloTotal integralCareServices generationGapEvents", 19)]
    public async Task Table_EveryRowAndCell_MatchesTheReportText(string header, string collection, string fields, int rowCount)
    {
        var data = await _client.QueryAsync($"{{ {collection}(order: [{{ line: ASC }}]) {{ totalCount nodes {{ department {{ name }} {fields} }} }} }}");
        var served = data.Nodes(collection).ToList();
        var printed = RawTable.Rows(header, "TOTALES");

        Assert.Equal(rowCount, data.GetProperty(collection).GetProperty("totalCount").GetInt32());
        Assert.Equal(printed.Count, served.Count);
        for (var i = 0; i < printed.Count; i++)
        {
            Assert.Equal(printed[i][0], served[i].GetProperty("department").Str("name"));
            var names = fields.Split(' ');
            for (var c = 0; c < names.Length; c++)
            {
                var cell = c + 1 < printed[i].Length ? printed[i][c + 1] : string.Empty;
                Assert.True(RawTable.Number(cell) == served[i].DecimalOrNull(names[c]), $"{collection} {printed[i][0]} {names[c]}: printed \"{cell}\", served {served[i].GetProperty(names[c])}");
            }
        }
    }

    private async Task<JsonElement> RowAsync(string collection, string department, string fields)
    {
        var data = await _client.QueryAsync(
            $"query($name: String!) {{ {collection}(where: {{ department: {{ name: {{ eq: $name }} }} }}) {{ nodes {{ {fields} }} }} }}",
            new { name = department });
        return Assert.Single(data.Nodes(collection));
    }

    private static int?[] Ints(JsonElement row, params string[] names) => [.. names.Select(n => row.IntOrNull(n))];
}

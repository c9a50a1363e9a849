using System.Net.Http.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>Each operator family of `where`, against results counted by hand from the report.</summary>
public sealed class FilterTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("womenProgramCoverage", "{ women: { gte: 1000 } }", "Alta Verapaz,Chimaltenango,Huehuetenango,Jutiapa,Suchitepéquez,Totonicapán,Zacapa")]
    [InlineData("womenProgramCoverage", "{ women: { lt: 300 } }", "El Progreso,Jalapa,Petén,Sololá")]
    [InlineData("womenProgramCoverage", "{ women: { gt: 1000, lte: 1201 } }", "Alta Verapaz,Chimaltenango,Jutiapa,Zacapa")]
    [InlineData("socialServiceCoverage", "{ men: { eq: null } }", "Quiché,Sacatepéquez")]
    [InlineData("socialServiceCoverage", "{ maya: { neq: null } }", "Chimaltenango,Guatemala,Huehuetenango,Quiché,San Marcos,Sololá")]
    [InlineData("socialServiceCoverage", "{ men: { in: [1, 2, 3] } }", "El Progreso,Escuintla,Huehuetenango,Sololá")]
    [InlineData("communityHomesCoverage", "{ department: { name: { eq: \"peten\" } } }", "Petén")]
    [InlineData("communityHomesCoverage", "{ department: { code: { in: [\"14\", \"17\"] } } }", "Petén,Quiché")]
    [InlineData("communityHomesCoverage", "{ or: [{ childrenServed: { gt: 1300 } }, { communityHomes: { gte: 27 } }] }", "Guatemala,Quetzaltenango,San Marcos")]
    [InlineData("communityHomesCoverage", "{ and: [{ childrenServed: { gt: 1000 } }, { not: { communityHomes: { eq: 10 } } }] }", "Guatemala,Quetzaltenango,San Marcos")]
    public async Task Where_ReturnsTheRowsCountedByHand(string collection, string where, string departments)
    {
        var data = await _client.QueryAsync($"{{ {collection}(where: {where}, order: [{{ department: {{ name: ASC }} }}]) {{ nodes {{ department {{ name }} }} }} }}");

        Assert.Equal(departments, string.Join(",", data.Nodes(collection).Select(n => n.GetProperty("department").Str("name"))));
    }

    [Theory]
    [InlineData("{ name: { contains: \"peten\" } }", "Petén")]
    [InlineData("{ name: { eq: \"QUICHE\" } }", "Quiché")]
    [InlineData("{ name: { eq: \"Quiché\" } }", "Quiché")]
    [InlineData("{ name: { startsWith: \"SAN\" } }", "San Marcos,Santa Rosa")]
    [InlineData("{ name: { endsWith: \"pan\" } }", "Totonicapán")]
    [InlineData("{ name: { in: [\"solola\", \"SACATEPEQUEZ\"] } }", "Sacatepéquez,Sololá")]
    [InlineData("{ name: { ncontains: \"a\" } }", "El Progreso,Petén,Quiché,Suchitepéquez")]
    [InlineData("{ not: { name: { contains: \"A\" } } }", "El Progreso,Petén,Quiché,Suchitepéquez")]
    [InlineData("{ socialServiceCoverage: { some: { men: { gt: 30 } } } }", "Guatemala,Jutiapa,Santa Rosa")]
    [InlineData("{ socialServiceCoverage: { any: false } }", "Alta Verapaz,Baja Verapaz,Chiquimula,Izabal,Petén,Suchitepéquez,Totonicapán")]
    public async Task DepartmentFilter_IgnoresCaseAndAccents_AndFiltersOverLists(string where, string departments)
    {
        var data = await _client.QueryAsync($"{{ departments(where: {where}, order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}");

        Assert.Equal(departments, string.Join(",", data.Nodes("departments").Select(n => n.Str("name"))));
    }

    [Theory]
    [InlineData("{ socialServiceCoverage: { none: { men: { gt: 30 } } } }", 19)]
    [InlineData("{ socialServiceCoverage: { any: true } }", 15)]
    [InlineData("{ socialServiceCoverage: { all: { women: { gt: 10 } } } }", 15)]
    [InlineData("{ code: { nin: [\"01\", \"17\"] } }", 20)]
    public async Task ListAndSetFilters_CountAsByHand(string where, int count)
    {
        var data = await _client.QueryAsync($"{{ departments(where: {where}) {{ totalCount }} }}");

        Assert.Equal(count, data.GetProperty("departments").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("budgetLines", "{ executed: { gt: 7000000 } }", 2)]
    [InlineData("budgetLines", "{ executionRate: { lt: 18 } }", 1)]
    [InlineData("budgetLines", "{ approved: { eq: 7194735.00 } }", 1)]
    [InlineData("shelters", "{ coverageStart: { eq: \"2020-11-09\" } }", 3)]
    [InlineData("shelters", "{ coverageEnd: { gt: \"2021-03-29\" } }", 0)]
    [InlineData("goals", "{ level: { eq: PRODUCT } }", 5)]
    [InlineData("periods", "{ code: { eq: \"2021-t1\" } }", 1)]
    [InlineData("reportedTotals", "{ label: { contains: \"total personas\" } }", 3)]
    [InlineData("donations", "{ intermediary: { contains: \"EMBAJADA\" } }", 1)]
    [InlineData("programs", "{ targetPopulation: { contains: \"mujeres del AREA rural\" } }", 1)]
    [InlineData("sources", "{ note: { contains: \"direccion financiera\" } }", 1)]
    [InlineData("goals", "{ level: { neq: PRODUCT }, annualTarget: { gte: 5000 } }", 5)]
    public async Task DecimalDateAndEnumFilters_CountAsByHand(string collection, string where, int count)
    {
        var data = await _client.QueryAsync($"{{ {collection}(where: {where}) {{ totalCount }} }}");

        Assert.Equal(count, data.GetProperty(collection).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnAmountWithMoreThanTwoDecimals_IsRefusedClearly()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = "{ budgetLines(where: { executed: { gt: 1.005 } }) { totalCount } }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("at most two decimals", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal server error", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedList_TakesWhereAndOrder()
    {
        var data = await _client.QueryAsync("""
            { departments(where: { code: { in: ["01", "17"] } }, order: [{ name: ASC }]) { nodes { name
                womenProgramCoverage(where: { women: { gt: 300 } }) { women }
                communityHomesCoverage(where: { period: { code: { eq: "2021-T1" } } }, order: [{ childrenServed: DESC }]) { childrenServed } } } }
            """);
        var rows = data.Nodes("departments").Select(d =>
            $"{d.Str("name")}: {string.Join("/", d.GetProperty("womenProgramCoverage").EnumerateArray().Select(w => w.GetProperty("women").GetInt32()))} {string.Join("/", d.GetProperty("communityHomesCoverage").EnumerateArray().Select(c => c.GetProperty("childrenServed").GetInt32()))}");

        // Guatemala: 482 women (over 300) and 1,526 children; Petén: 253 women (not over 300) and 295 children.
        Assert.Equal(["Guatemala: 482 1526", "Petén:  295"], rows);
    }

    [Fact]
    public async Task NestedList_First_CutsEachParentsRows_NotTheLevel()
    {
        const string query = """
            { departments(where: { code: { in: ["01", "13", "17"] } }, order: [{ code: ASC }]) { nodes { code
                all: beneficiaryFigures(order: [{ value: DESC }]) { value }
                top: beneficiaryFigures(order: [{ value: DESC }], first: 2) { value } } } }
            """;
        var data = await _client.QueryAsync(query);

        var departments = data.Nodes("departments").ToList();
        Assert.Equal(3, departments.Count);
        foreach (var department in departments)
        {
            var all = department.GetProperty("all").EnumerateArray().Select(f => f.GetProperty("value").GetInt32()).ToList();
            var top = department.GetProperty("top").EnumerateArray().Select(f => f.GetProperty("value").GetInt32()).ToList();
            Assert.True(all.Count > 2, $"{department.Str("code")} has {all.Count} figures");
            Assert.Equal(all.Take(2), top);
        }
    }
}

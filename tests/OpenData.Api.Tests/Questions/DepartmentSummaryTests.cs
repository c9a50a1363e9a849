using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Questions;

/// <summary>The department summary: each programme's headline figure as a column, compared column to column in SQL.</summary>
public sealed class DepartmentSummaryTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task WomenProgrammeReachingMoreWomenThanHomesReachedChildren_IsOneQuery_InSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("""
            { departmentSummaries(where: { period: { code: { eq: "2021-T1" } }, womenServed: { gtColumn: CHILDREN_SERVED } }, order: [{ department: { name: ASC } }]) {
                aggregates { count sum { womenServed childrenServed } }
                nodes { department { name } womenServed childrenServed } } }
            """);

        // MUJERES BENEFICIARIAS against NIÑOS BENEFICIARIOS, department by department (Chimaltenango 1,003 < 1,009 is out).
        Assert.Equal(
            "Alta Verapaz,Baja Verapaz,Chiquimula,El Progreso,Escuintla,Huehuetenango,Izabal,Jutiapa,Sacatepéquez,Santa Rosa,Suchitepéquez,Totonicapán,Zacapa",
            string.Join(",", data.Nodes("departmentSummaries").Select(n => n.GetProperty("department").Str("name"))));
        var aggregates = data.GetProperty("departmentSummaries").GetProperty("aggregates");
        Assert.Equal(13, aggregates.GetProperty("count").GetInt32());
        Assert.Equal(12716, aggregates.GetProperty("sum").GetProperty("womenServed").GetInt32());
        Assert.Equal(6169, aggregates.GetProperty("sum").GetProperty("childrenServed").GetInt32());
        Assert.All(capture.Commands.Where(c => c.Sql.Contains("DepartmentSummaries", StringComparison.Ordinal)), c => Assert.Matches("\"WomenServed\" > [^ ]*\"ChildrenServed\"", c.Sql));
        Assert.Equal(2, capture.Commands.Count(c => c.Sql.Contains("DepartmentSummaries", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EveryRow_IsThePrintedCellsOfItsDepartment_AndPeopleServedTheirSum()
    {
        var data = await factory.CreateClient().QueryAsync("""
            { departmentSummaries(first: 500) { totalCount nodes { department { name } childrenServed socialServicePeopleServed provisions womenServed olderPeopleServed computedPeopleServed } }
              beneficiaryFigures(where: { countsPeopleServed: { eq: true } }) { groupedAggregates(groupBy: [DEPARTMENT], first: 500) { key { department { name } } sum { value } } }
              communityHomesCoverage(first: 500) { nodes { department { name } childrenServed } }
              womenProgramCoverage(first: 500) { nodes { department { name } women } } }
            """);

        var rows = data.Nodes("departmentSummaries").ToDictionary(n => n.GetProperty("department").Str("name"));
        Assert.Equal(22, data.GetProperty("departmentSummaries").GetProperty("totalCount").GetInt32());
        // Guatemala: 1,526 children + 89 Servicio Social + 482 women + 752 older people (README question 7).
        Assert.Equal(2849, rows["Guatemala"].GetProperty("computedPeopleServed").GetInt32());
        Assert.Equal(89, rows["Guatemala"].GetProperty("provisions").GetInt32());
        foreach (var group in data.GetProperty("beneficiaryFigures").GetProperty("groupedAggregates").EnumerateArray())
        {
            var name = group.GetProperty("key").GetProperty("department").Str("name");
            Assert.Equal(group.GetProperty("sum").GetProperty("value").GetInt32(), rows[name].GetProperty("computedPeopleServed").GetInt32());
        }

        Assert.All(data.Nodes("communityHomesCoverage"), n => Assert.Equal(n.IntOrNull("childrenServed"), rows[n.GetProperty("department").Str("name")].IntOrNull("childrenServed")));
        Assert.All(data.Nodes("womenProgramCoverage"), n => Assert.Equal(n.IntOrNull("women"), rows[n.GetProperty("department").Str("name")].IntOrNull("womenServed")));
    }

    [Fact]
    public async Task Summaries_RankAndGroupLikeEveryCollection()
    {
        var data = await factory.CreateClient().QueryAsync("""
            { departmentSummaries(order: [{ computedPeopleServed: DESC }], first: 2) {
                nodes { department { name } computedPeopleServed }
                aggregates { sum { computedPeopleServed } share(part: WOMEN_SERVED, whole: COMPUTED_PEOPLE_SERVED) }
                groupedAggregates(groupBy: [PERIOD]) { key { period { code } } count } } }
            """);

        // README question 7: Guatemala 2,849, then Huehuetenango 2,638; 35,514 in all, of whom 17,457 women (MCSM TOTALES).
        Assert.Equal("Guatemala 2849,Huehuetenango 2638", string.Join(",", data.Nodes("departmentSummaries").Select(n => $"{n.GetProperty("department").Str("name")} {n.GetProperty("computedPeopleServed").GetInt32()}")));
        var aggregates = data.GetProperty("departmentSummaries").GetProperty("aggregates");
        Assert.Equal(35514, aggregates.GetProperty("sum").GetProperty("computedPeopleServed").GetInt32());
        Assert.Equal(Math.Round(17457m * 100m / 35514m, 2, MidpointRounding.AwayFromZero), aggregates.GetProperty("share").GetDecimal());
        var group = Assert.Single(data.GetProperty("departmentSummaries").GetProperty("groupedAggregates").EnumerateArray());
        Assert.Equal("2021-T1", group.GetProperty("key").GetProperty("period").Str("code"));
        Assert.Equal(22, group.GetProperty("count").GetInt32());
    }
}

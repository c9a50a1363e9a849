using System.Net.Http.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Questions;

/// <summary>Comparing one column with another of the same row in `where` (`maya: { gtColumn: LADINO_MESTIZO }`), in SQL.</summary>
public sealed class ColumnComparisonTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task MayaOutnumberingLadinoMestizo_IsOneQuery_ComparedInSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("""
            { olderPeopleCoverage(where: { maya: { gtColumn: LADINO_MESTIZO } }, order: [{ integralCareServices: DESC }]) {
                aggregates { count sum { integralCareServices } }
                nodes { department { name } maya ladinoMestizo integralCareServices } } }
            """);

        // The Mis Años Dorados table: Alta Verapaz 153 > 10, Chimaltenango 139 > 94, Quiché 86 > 29, Sololá 107 > 12;
        // their ATENCIÓNES INTEGRALES 908 + 639 + 462 + 375.
        Assert.Equal(
            "Chimaltenango 908,Alta Verapaz 639,Sololá 462,Quiché 375",
            string.Join(",", data.Nodes("olderPeopleCoverage").Select(n => $"{n.GetProperty("department").Str("name")} {n.GetProperty("integralCareServices").GetInt32()}")));
        Assert.All(data.Nodes("olderPeopleCoverage"), n => Assert.True(n.GetProperty("maya").GetInt32() > n.GetProperty("ladinoMestizo").GetInt32()));
        var aggregates = data.GetProperty("olderPeopleCoverage").GetProperty("aggregates");
        Assert.Equal(4, aggregates.GetProperty("count").GetInt32());
        Assert.Equal(2384, aggregates.GetProperty("sum").GetProperty("integralCareServices").GetInt32());
        Assert.NotEmpty(capture.Commands);
        Assert.All(capture.Commands, c => Assert.Matches("\"Maya\" > [^ ]*\"LadinoMestizo\"", c.Sql));
    }

    [Theory]
    // 19 departments; El Progreso and Santa Rosa print no Maya figure; none prints equal figures.
    [InlineData("{ maya: { ltColumn: LADINO_MESTIZO } }", 13)]
    [InlineData("{ not: { maya: { gtColumn: LADINO_MESTIZO } } }", 15)]
    [InlineData("{ maya: { neqColumn: LADINO_MESTIZO } }", 19)]
    [InlineData("{ maya: { eqColumn: LADINO_MESTIZO } }", 0)]
    [InlineData("{ maya: { gtColumn: null } }", 19)]
    [InlineData("{ genderTotal: { eqColumn: PUEBLO_TOTAL } }", 19)]
    public async Task Blanks_FollowTheFiltersTwoValuedRules(string where, int count)
    {
        var data = await factory.CreateClient().QueryAsync($"{{ olderPeopleCoverage(where: {where}) {{ totalCount }} }}");

        Assert.Equal(count, data.GetProperty("olderPeopleCoverage").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ olderPeopleCoverage(where: { maya: { gtColumn: LINE } }) { totalCount } }", "LINE")]
    [InlineData("{ budgetLines(where: { executed: { gtColumn: MAYA } }) { totalCount } }", "MAYA")]
    public async Task OtherKindsOrTables_AreRefusedByTheSchema(string query, string says)
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 200 or 400, body);
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);
        Assert.Contains(says, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherCollections_MatchTheRowsCountedOneByOne()
    {
        var client = factory.CreateClient();
        var filtered = await client.QueryAsync("""
            { budgetLines(where: { executed: { gtColumn: APPROVED } }) { totalCount }
              communityHomesCoverage(where: { childCareCentres: { gtColumn: COMMUNITY_HOMES } }) { totalCount }
              goals(where: { accumulatedExecution: { gteColumn: ANNUAL_TARGET } }) { totalCount } }
            """);
        var rows = await client.QueryAsync("""
            { communityHomesCoverage(first: 500) { nodes { childCareCentres communityHomes } }
              goals(first: 500) { nodes { accumulatedExecution annualTarget } } }
            """);

        // No activity spent more than its approved budget (see the table); the others are counted row by row.
        Assert.Equal(0, filtered.GetProperty("budgetLines").GetProperty("totalCount").GetInt32());
        var homes = rows.Nodes("communityHomesCoverage").Count(n => n.IntOrNull("childCareCentres") > n.IntOrNull("communityHomes"));
        Assert.InRange(homes, 1, 21);
        Assert.Equal(homes, filtered.GetProperty("communityHomesCoverage").GetProperty("totalCount").GetInt32());
        var goals = rows.Nodes("goals").Count(n => n.DecimalOrNull("accumulatedExecution") >= n.DecimalOrNull("annualTarget"));
        Assert.Equal(goals, filtered.GetProperty("goals").GetProperty("totalCount").GetInt32());
    }
}

using System.Net.Http.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>Ordering, cursor paging and aggregates, against results worked out by hand from the report.</summary>
public sealed class SortPageAggregateTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Order_SeveralKeysAndARelatedField()
    {
        var data = await _client.QueryAsync("{ olderPeopleCoverage(order: [{ careCentres: DESC }, { department: { name: ASC } }], first: 7) { nodes { careCentres department { name } } } }");

        Assert.Equal(
            "14 Guatemala,9 Jutiapa,5 Chimaltenango,5 Jalapa,5 Sacatepéquez,5 San Marcos,5 Zacapa",
            string.Join(",", data.Nodes("olderPeopleCoverage").Select(n => $"{n.GetProperty("careCentres").GetInt32()} {n.GetProperty("department").Str("name")}")));
    }

    [Theory]
    [InlineData("ASC", "1,2,2,3")]
    [InlineData("DESC", "43,37,33,17")]
    public async Task Order_PutsBlanksLastInBothDirections(string direction, string firstFour)
    {
        var data = await _client.QueryAsync($"{{ socialServiceCoverage(order: [{{ men: {direction} }}]) {{ nodes {{ men }} }} }}");
        var men = data.Nodes("socialServiceCoverage").Select(n => n.IntOrNull("men")).ToList();

        Assert.Equal(firstFour, string.Join(",", men.Take(4)));
        Assert.Equal([null, null], men.TakeLast(2));
    }

    [Fact]
    public async Task Paging_WalksEveryRowOnceForwardAndBackward()
    {
        var seen = new List<string>();
        string? after = null;
        bool more;
        do
        {
            var data = await _client.QueryAsync("query($after: String) { departments(first: 5, after: $after, order: [{ name: ASC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }", new { after });
            var connection = data.GetProperty("departments");
            Assert.Equal(22, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(data.Nodes("departments").Select(n => n.Str("name")));
            more = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (more);

        Assert.Equal(22, seen.Distinct().Count());
        Assert.Equal(22, seen.Count);
        Assert.Equal("Zacapa", seen[^1]);
        var last = await _client.QueryAsync("{ departments(last: 2, order: [{ name: ASC }]) { pageInfo { hasPreviousPage } nodes { name } } }");
        Assert.Equal("Totonicapán,Zacapa", string.Join(",", last.Nodes("departments").Select(n => n.Str("name"))));
        Assert.True(last.GetProperty("departments").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Paging_RefusesAPageLargerThanTheLimit()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = "{ departments(first: 501) { nodes { name } } }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("PAGE_SIZE_OUT_OF_RANGE", body, StringComparison.Ordinal);
        Assert.Contains("between 0 and 500", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneQuery_RanksFiltersAndTotals_TheJournalistsQuestion()
    {
        // "Which departments had more than 20 CADIs, ranked by children served, and how many children is that in total?"
        var data = await _client.QueryAsync("""
            { communityHomesCoverage(where: { childCareCentres: { gt: 20 } }, order: [{ childrenServed: DESC }]) {
                nodes { department { name } childrenServed }
                aggregates { count sum { childrenServed childCareCentres } avg { childrenServed } min { childrenServed } max { childrenServed } } } }
            """);
        var aggregates = data.GetProperty("communityHomesCoverage").GetProperty("aggregates");

        Assert.Equal("Guatemala", data.Nodes("communityHomesCoverage").First().GetProperty("department").Str("name"));
        Assert.Equal(9, aggregates.GetProperty("count").GetInt32());
        // 1526 + 1360 + 1092 + 1009 + 795 + 789 + 741 + 639 + 637
        Assert.Equal(8588, aggregates.GetProperty("sum").GetProperty("childrenServed").GetInt32());
        // 34 + 55 + 37 + 37 + 27 + 28 + 23 + 23 + 23
        Assert.Equal(287, aggregates.GetProperty("sum").GetProperty("childCareCentres").GetInt32());
        Assert.Equal(954.2222m, aggregates.GetProperty("avg").GetProperty("childrenServed").GetDecimal());
        Assert.Equal(637, aggregates.GetProperty("min").GetProperty("childrenServed").GetInt32());
        Assert.Equal(1526, aggregates.GetProperty("max").GetProperty("childrenServed").GetInt32());
    }

    [Fact]
    public async Task Aggregates_OfMoney_AreExactToTheCentavo()
    {
        var data = await _client.QueryAsync("{ budgetLines { aggregates { sum { approved current executed } avg { executionRate } } } }");
        var sum = data.GetProperty("budgetLines").GetProperty("aggregates").GetProperty("sum");

        Assert.Equal("200353000.00", sum.GetProperty("approved").GetRawText());
        Assert.Equal("40361430.75", sum.GetProperty("executed").GetRawText());
        // (23.23 + 18.70 + 17.83 + 29.53 + 20.28) / 5
        Assert.Equal(21.914m, data.GetProperty("budgetLines").GetProperty("aggregates").GetProperty("avg").GetProperty("executionRate").GetDecimal());
    }

    [Fact]
    public async Task Aggregates_OfAnEmptySet_AreCountZeroAndNulls()
    {
        var data = await _client.QueryAsync("{ communityHomesCoverage(where: { childrenServed: { gt: 99999 } }) { aggregates { count sum { childrenServed } avg { childrenServed } max { childrenServed } } groupedAggregates(groupBy: [DEPARTMENT]) { count } } }");
        var aggregates = data.GetProperty("communityHomesCoverage").GetProperty("aggregates");

        Assert.Equal(0, aggregates.GetProperty("count").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("sum").GetProperty("childrenServed").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("avg").GetProperty("childrenServed").ValueKind);
        Assert.Empty(data.GetProperty("communityHomesCoverage").GetProperty("groupedAggregates").EnumerateArray());
    }

    [Fact]
    public async Task GroupedAggregates_WithHavingOrderAndPaging()
    {
        var data = await _client.QueryAsync("""
            { socialServiceCoverage { groupedAggregates(groupBy: [DEPARTMENT], having: { sum: { men: { gt: 15 } } }, order: [{ sum: { men: DESC } }], first: 3, offset: 1) {
                key { department { name } } count sum { men women } } } }
            """);
        var groups = data.GetProperty("socialServiceCoverage").GetProperty("groupedAggregates").EnumerateArray()
            .Select(g => $"{g.GetProperty("key").GetProperty("department").Str("name")} {g.GetProperty("sum").GetProperty("men").GetInt32()}/{g.GetProperty("sum").GetProperty("women").GetInt32()}");

        // Men over 15: Guatemala 43, Santa Rosa 37, Jutiapa 33, Retalhuleu 17; skip the first, take three.
        Assert.Equal("Santa Rosa 37/24,Jutiapa 33/48,Retalhuleu 17/25", string.Join(",", groups));
    }

    [Fact]
    public async Task GroupedAggregates_ByTwoKeys_IncludingALinkAndAnEnum()
    {
        var data = await _client.QueryAsync("""
            { goals(where: { program: { code: { eq: "older-people" } } }) { groupedAggregates(groupBy: [PROGRAM, LEVEL]) {
                key { program { name } level } count sum { annualTarget accumulatedExecution } } } }
            """);
        var groups = data.GetProperty("goals").GetProperty("groupedAggregates").EnumerateArray()
            .Select(g => $"{g.GetProperty("key").GetProperty("level").GetString()} {g.GetProperty("count").GetInt32()} {g.GetProperty("sum").GetProperty("annualTarget").GetInt32()} {g.GetProperty("sum").GetProperty("accumulatedExecution").GetInt32()}");

        // Product 5,370 / 3,890; sub-products 5,220 + 150 and 3,830 + 60.
        Assert.Equal("PRODUCT 1 5370 3890,SUB_PRODUCT 2 5370 3890", string.Join(",", groups));
    }

    [Fact]
    public async Task Aggregates_RunAsOneGroupByStatement()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await client.QueryAsync("{ womenProgramCoverage(where: { women: { gt: 500 } }) { groupedAggregates(groupBy: [PROGRAM], having: { count: { gt: 2 } }) { count sum { women } max { women } } } }");

        var command = Assert.Single(capture.Commands);
        Assert.Contains("GROUP BY", command.Sql, StringComparison.Ordinal);
        Assert.Contains("HAVING", command.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("500", command.Sql, StringComparison.Ordinal);
    }
}

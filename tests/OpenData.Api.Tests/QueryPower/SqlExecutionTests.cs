using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>What reaches the database: a fixed number of statements whatever the row count, and values as parameters.</summary>
public sealed class SqlExecutionTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task NestedQuery_RunsOneStatementPerLevelAndRelation_NotOnePerRow()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("""
            { communityHomesCoverage { nodes { childrenServed department { name socialServiceCoverage { men } } program { name } source { note } } } }
            """);

        Assert.Equal(22, data.Nodes("communityHomesCoverage").Count());
        // The page with its department, programme and source joined in, then one batch for the departments' Servicio Social rows.
        Assert.Equal(2, capture.Commands.Count);
        Assert.Contains("JOIN", capture.Commands[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_SendValuesAsParameters_NeverInTheSqlText()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await client.QueryAsync("""
            { communityHomesCoverage(where: { childrenServed: { gt: 777 }, department: { name: { contains: "QUETZAL" } } }) { nodes { childrenServed } } }
            """);

        var page = Assert.Single(capture.Commands, c => c.Sql.Contains("CommunityHomesCoverage", StringComparison.Ordinal));
        Assert.DoesNotContain("777", page.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("quetzal", page.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(777, page.Parameters.Values.OfType<int>());
        Assert.Contains(page.Parameters.Values.OfType<string>(), v => v.Contains("quetzal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TotalCount_IsCountedOnlyWhenAskedFor()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await client.QueryAsync("{ departments { nodes { name } } }");
        var without = capture.Commands.Count(c => c.Sql.Contains("COUNT(", StringComparison.Ordinal));
        await client.QueryAsync("{ departments { totalCount } }");

        Assert.Equal(0, without);
        Assert.Single(capture.Commands, c => c.Sql.Contains("COUNT(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_SelectsOnlyTheColumnsAskedFor()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("{ budgetLines(first: 2) { nodes { activity executed } } }");

        var page = Assert.Single(capture.Commands);
        Assert.Contains("\"Executed\"", page.Sql, StringComparison.Ordinal);
        Assert.Contains("\"Activity\"", page.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Approved\"", page.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ExecutionRate\"", page.Sql, StringComparison.Ordinal);
        Assert.Equal("7674675.24", data.Nodes("budgetLines").First().GetProperty("executed").GetRawText());
    }
}

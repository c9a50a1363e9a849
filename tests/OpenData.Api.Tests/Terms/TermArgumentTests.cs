using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Terms;

/// <summary>`period:` on the collections that have a term: short for the `where` on the period, ANDed with `where`.</summary>
public sealed class TermArgumentTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string Selection = "totalCount nodes { id } aggregates { count sum { childrenServed } } groupedAggregates(groupBy: [DEPARTMENT], first: 3) { count sum { childrenServed } }";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("2021-T1")]
    [InlineData("2021-t1")]
    [InlineData("LATEST")]
    [InlineData("latest")]
    public async Task PeriodArgument_AnswersAsTheWhereOnThePeriod(string period)
    {
        var shortcut = await _client.QueryAsync($$"""{ communityHomesCoverage(period: "{{period}}") { {{Selection}} } }""");
        var longhand = await _client.QueryAsync($$"""{ communityHomesCoverage(where: { period: { code: { eq: "2021-T1" } } }) { {{Selection}} } }""");

        Assert.Equal(22, shortcut.GetProperty("communityHomesCoverage").GetProperty("totalCount").GetInt32());
        Assert.Equal(13_756, shortcut.GetProperty("communityHomesCoverage").GetProperty("aggregates").GetProperty("sum").GetProperty("childrenServed").GetInt32());
        Assert.Equal(longhand.GetRawText(), shortcut.GetRawText());
    }

    [Fact]
    public async Task PeriodArgument_IsAndedWithWhere()
    {
        var data = await _client.QueryAsync("""
            { peten: communityHomesCoverage(period: "2021-T1", where: { department: { code: { eq: "17" } } }) { totalCount }
              otherTerm: communityHomesCoverage(period: "2021-T1", where: { period: { code: { eq: "2020-T3" } } }) { totalCount } }
            """);

        Assert.Equal(1, data.GetProperty("peten").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("otherTerm").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("2099-T1", "No term \"2099-T1\" is loaded.")]
    [InlineData("soon", "No term \"soon\" is loaded.")]
    [InlineData("", "No term \"\" is loaded.")]
    public async Task ATermThatIsNotLoaded_IsNotFound_NotZeroRows(string period, string message)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = $$"""{ budgetLines(period: "{{period}}") { totalCount aggregates { periods } } }""" });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True((int)response.StatusCode < 500);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task PeriodArgument_FiltersInSql_ByTheTermFoundInOneSmallStatement()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("""{ socialServiceCoverage(period: "2021-t1", first: 2) { nodes { id } } }""");

        Assert.Equal(2, data.Nodes("socialServiceCoverage").Count());
        // The term by its folded code, then the page filtered by the term's id, LIMIT 2: no table read to filter.
        Assert.Equal(2, capture.Commands.Count);
        Assert.Contains("2021-t1", capture.Commands[0].Parameters.Values.Select(v => v?.ToString()?.ToLowerInvariant()));
        Assert.Contains("PeriodId", capture.Commands[1].Sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", capture.Commands[1].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_ListTheTermsOfTheAggregatedRows_InAggregatesAndGroups()
    {
        var data = await _client.QueryAsync("""
            { budgetLines { aggregates { periods } groupedAggregates(groupBy: [ACTIVITY], first: 2) { periods } }
              none: budgetLines(where: { activity: { eq: "no such activity" } }) { aggregates { count periods } } }
            """);

        Assert.Equal(["2021-T1"], Periods(data.GetProperty("budgetLines").GetProperty("aggregates")));
        Assert.All(data.GetProperty("budgetLines").GetProperty("groupedAggregates").EnumerateArray(), g => Assert.Equal(["2021-T1"], Periods(g)));
        Assert.Empty(Periods(data.GetProperty("none").GetProperty("aggregates")));
    }

    [Fact]
    public async Task AggregatesWithoutPeriods_RunNoExtraStatement()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await client.QueryAsync("{ budgetLines { aggregates { count } } }");
        var without = capture.Commands.Count;
        capture.Clear();
        await client.QueryAsync("{ budgetLines { aggregates { count periods } } }");

        Assert.Equal(1, without);
        Assert.Equal(2, capture.Commands.Count);
        Assert.Contains("EXISTS", capture.Commands[1].Sql, StringComparison.OrdinalIgnoreCase);
    }

    internal static string[] Periods(JsonElement aggregate) => [.. aggregate.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!)];
}

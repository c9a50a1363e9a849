using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Questions;

/// <summary>`share(part:, whole:)`: a ratio of two exact sums over the filtered rows, rounded as the report rounds.</summary>
public sealed class ShareTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task WomensShareOfOlderPeopleServed_IsOneQuery_FromSumsTakenInSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("""
            { olderPeopleCoverage {
                aggregates { share(part: WOMEN, whole: GENDER_TOTAL) }
                groupedAggregates(groupBy: [DEPARTMENT], order: [{ sum: { genderTotal: DESC } }], first: 3) {
                  key { department { name } } share(part: WOMEN, whole: GENDER_TOTAL) } } }
            """);

        // TOTALES: 2,153 MUJERES of 3,890 TOTAL GÉNERO = 55.347…%; Guatemala 469 / 752, Jutiapa 203 / 401, Zacapa 121 / 271.
        var coverage = data.GetProperty("olderPeopleCoverage");
        Assert.Equal("55.35", coverage.GetProperty("aggregates").GetProperty("share").GetRawText());
        Assert.Equal(
            "Guatemala 62.37,Jutiapa 50.62,Zacapa 44.65",
            string.Join(",", coverage.GetProperty("groupedAggregates").EnumerateArray().Select(g => $"{g.GetProperty("key").GetProperty("department").Str("name")} {g.GetProperty("share").GetRawText()}")));
        // The whole set's sums, and the groups' sums with their departments joined in: one statement each.
        Assert.Equal(2, capture.Commands.Count);
        Assert.Equal(2, capture.Commands.Count(c => c.Sql.Contains("SUM(", StringComparison.Ordinal) && c.Sql.Contains("\"Women\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EveryGroupsShare_IsItsSumsQuotient_RoundedHalfAwayFromZero()
    {
        var data = await factory.CreateClient().QueryAsync("""
            query Shares($part: OlderPeopleCoverageMeasure!, $whole: OlderPeopleCoverageMeasure!) { olderPeopleCoverage(where: { maya: { gt: 0 } }) {
                groupedAggregates(groupBy: [DEPARTMENT], first: 500) { sum { maya puebloTotal } share(part: $part, whole: $whole) } } }
            """, new { part = "MAYA", whole = "PUEBLO_TOTAL" });

        var groups = data.GetProperty("olderPeopleCoverage").GetProperty("groupedAggregates").EnumerateArray().ToList();
        Assert.Equal(17, groups.Count);
        Assert.All(groups, g =>
        {
            var sum = g.GetProperty("sum");
            var expected = Math.Round(sum.GetProperty("maya").GetDecimal() * 100m / sum.GetProperty("puebloTotal").GetDecimal(), 2, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, g.GetProperty("share").GetDecimal());
        });
    }

    [Fact]
    public async Task BudgetExecution_OfTheFilteredRows_IsAnExactRatioOfMoney()
    {
        // Q40,361,430.75 EJECUTADO of Q200,353,000.00 VIGENTE is the printed 20.15; no rows give no share.
        var data = await factory.CreateClient().QueryAsync("""
            { all: budgetLines { aggregates { share(part: EXECUTED, whole: CURRENT) } }
              none: budgetLines(where: { activity: { eq: "nothing" } }) { aggregates { count share(part: EXECUTED, whole: CURRENT) } } }
            """);

        Assert.Equal("20.15", data.GetProperty("all").GetProperty("aggregates").GetProperty("share").GetRawText());
        Assert.Equal(0, data.GetProperty("none").GetProperty("aggregates").GetProperty("count").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("none").GetProperty("aggregates").GetProperty("share").ValueKind);
    }
}

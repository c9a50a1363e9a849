using OpenData.Api.Tests.Support;
using OpenData.Api.Tests.Terms;

namespace OpenData.Api.Tests.Import;

/// <summary>With a second term imported, LATEST reads the newest and `periods` says an aggregate spans both.</summary>
public sealed class TwoTermsTests : IDisposable
{
    private const int SecondTermPetenChildren = 310;

    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [Fact]
    public async Task Latest_ReadsTheNewestTerm_AndPeriodsListBothTermsWhenUnfiltered()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", SecondTermPetenChildren)))).Succeeded();
        using var client = _app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:OpenData", cs)).CreateClient();

        var data = await client.QueryAsync("""
            { latest: communityHomesCoverage(period: LATEST_TERM) { totalCount aggregates { periods sum { childrenServed } } }
              first: communityHomesCoverage(period: "2021-t1") { aggregates { periods sum { childrenServed } } }
              all: communityHomesCoverage { totalCount aggregates { periods sum { childrenServed } }
                groupedAggregates(groupBy: [DEPARTMENT], first: 2) { count periods }
                byTerm: groupedAggregates(groupBy: [PERIOD]) { periods key { period { code } } } } }
            """.Replace("LATEST_TERM", "\"LATEST\"", StringComparison.Ordinal));

        var latest = data.GetProperty("latest");
        Assert.Equal(22, latest.GetProperty("totalCount").GetInt32());
        Assert.Equal(["2021-T2"], TermArgumentTests.Periods(latest.GetProperty("aggregates")));
        Assert.Equal(13_756 - TermReports.SeedPetenChildren + SecondTermPetenChildren, latest.GetProperty("aggregates").GetProperty("sum").GetProperty("childrenServed").GetInt32());
        Assert.Equal(["2021-T1"], TermArgumentTests.Periods(data.GetProperty("first").GetProperty("aggregates")));
        Assert.Equal(13_756, data.GetProperty("first").GetProperty("aggregates").GetProperty("sum").GetProperty("childrenServed").GetInt32());

        var all = data.GetProperty("all");
        Assert.Equal(44, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(["2021-T1", "2021-T2"], TermArgumentTests.Periods(all.GetProperty("aggregates")));
        Assert.All(all.GetProperty("groupedAggregates").EnumerateArray(), g =>
        {
            Assert.Equal(2, g.GetProperty("count").GetInt32());
            Assert.Equal(["2021-T1", "2021-T2"], TermArgumentTests.Periods(g));
        });
        Assert.All(all.GetProperty("byTerm").EnumerateArray(), g =>
            Assert.Equal([g.GetProperty("key").GetProperty("period").Str("code")], TermArgumentTests.Periods(g)));
        Assert.Equal(2, all.GetProperty("byTerm").GetArrayLength());
    }

    /// <summary>Donation items belong to a term through their donation, sources through their report: period: takes that term.</summary>
    [Fact]
    public async Task DonationItems_TakePeriod_ThroughTheirDonationsTerm()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", SecondTermPetenChildren)))).Succeeded();
        using var client = _app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:OpenData", cs)).CreateClient();

        const string Selection = "aggregates { count periods sum { quantity } } groupedAggregates(groupBy: [DONATION]) { periods } nodes { donation { period { code } } }";
        var data = await client.QueryAsync($$"""
            { first: donationItems(period: "2021-t1", where: { description: { contains: "sillas de ruedas" } }) { {{Selection}} }
              latest: donationItems(period: "LATEST", where: { description: { contains: "sillas de ruedas" } }) { {{Selection}} }
              all: donationItems(where: { description: { contains: "sillas de ruedas" } }) { {{Selection}} }
              firstSources: sources(period: "2021-T1") { totalCount }
              latestSources: sources(period: "LATEST") { totalCount }
              allSources: sources { totalCount } }
            """);
        int Sources(string alias) => data.GetProperty(alias).GetProperty("totalCount").GetInt32();
        Assert.True(Sources("firstSources") > 0 && Sources("latestSources") > 0);
        Assert.Equal(Sources("allSources"), Sources("firstSources") + Sources("latestSources"));

        foreach (var (alias, term, count) in new[] { ("first", "2021-T1", 2), ("latest", "2021-T2", 2), ("all", null, 4) })
        {
            var items = data.GetProperty(alias);
            Assert.Equal(count, items.GetProperty("aggregates").GetProperty("count").GetInt32());
            Assert.Equal(count * 100, items.GetProperty("aggregates").GetProperty("sum").GetProperty("quantity").GetInt32());
            string[] terms = term is null ? ["2021-T1", "2021-T2"] : [term];
            Assert.Equal(terms, TermArgumentTests.Periods(items.GetProperty("aggregates")));
            // One group per donation: each has its donation's one term.
            var groups = items.GetProperty("groupedAggregates").EnumerateArray().Select(TermArgumentTests.Periods).ToList();
            Assert.Equal(terms.Length, groups.Count);
            Assert.Equal(terms, groups.Select(g => Assert.Single(g)).Order(StringComparer.Ordinal));
            if (term is not null)
            {
                Assert.All(items.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(term, n.GetProperty("donation").GetProperty("period").Str("code")));
            }
        }
    }

    /// <summary>
    /// The README's questions name their term, so importing a later one changes none of their answers. The list of
    /// report files is the one saved query that is about every term loaded, by design.
    /// </summary>
    [Fact]
    public async Task SavedQueries_NameTheirTerm_SoASecondTermChangesNoAnswer()
    {
        using var one = _app.CreateClient();
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", SecondTermPetenChildren)))).Succeeded();
        using var two = _app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:OpenData", cs)).CreateClient();

        using var list = System.Text.Json.JsonDocument.Parse(await one.GetStringAsync(new Uri("/queries", UriKind.Relative)));
        var ids = list.RootElement.EnumerateArray().Select(q => q.Str("id")).Where(id => id != "report-files").ToList();
        Assert.True(ids.Count >= 15, $"only {ids.Count} saved queries");
        foreach (var id in ids)
        {
            var path = new Uri($"/graphql?documentId={id}", UriKind.Relative);
            var before = await one.GetStringAsync(path);
            var after = await two.GetStringAsync(path);
            Assert.DoesNotContain("\"errors\"", before, StringComparison.Ordinal);
            Assert.True(before == after, $"{id} answers differently with two terms loaded:\n{before}\n{after}");
        }
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}

using System.Diagnostics;
using OpenData.Api.Tests.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Caching;

/// <summary>An import, by another process writing the same database, evicts the running server's cached answers.</summary>
public sealed class DataChangeEvictionTests : IDisposable
{
    private const string Periods = "{ periods(order: [{ code: ASC }]) { nodes { code } } }";

    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [Fact]
    public async Task Import_WhileServing_CachedPeriodsAreEvictedWithinThePollInterval()
    {
        var cs = await TestDatabase.BuildNewAsync();
        using var client = _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:OpenData", cs)
            .UseSetting("OutputCache:DataVersionPollSeconds", "0.2")).CreateClient();
        Assert.Equal(["2021-T1"], await PeriodCodesAsync(client));
        Assert.Equal(["2021-T1"], await PeriodCodesAsync(client));

        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();

        var waited = Stopwatch.StartNew();
        var codes = await PeriodCodesAsync(client);
        while (codes.Count == 1 && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
            codes = await PeriodCodesAsync(client);
        }

        Assert.Equal(["2021-T1", "2021-T2"], codes);
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    private static async Task<List<string>> PeriodCodesAsync(HttpClient client) =>
        [.. (await client.QueryAsync(Periods)).Nodes("periods").Select(p => p.Str("code"))];
}

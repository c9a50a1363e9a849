using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Providers;

[CollectionDefinition(nameof(ScaleOutTests), DisableParallelization = true)]
public sealed class InstancesMeasuredAlone;

/// <summary>
/// Two server processes on one PostgreSQL database and one Redis, as a deployment runs them (migrated once, then
/// started with Database:InitializeAtStartup=false), under a load through both while a second term is imported by the
/// import command: no request fails, both serve the new term within the watcher's interval, and no answer ever carries
/// one data version's label on the other's figures.
/// </summary>
[Collection(nameof(ScaleOutTests))]
public sealed class ScaleOutTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const double PollSeconds = 0.5;
    private const int SecondTermPetenChildren = 310;

    // The figures and the term list in one answer, so an answer tells which data it was computed from.
    private const string Query = """{"query":"{ periods(order: [{ code: ASC }]) { nodes { code } } communityHomesCoverage { aggregates { sum { childrenServed } } } }"}""";

    private readonly ImportFolder _folder = new();

    [ScaleOutFact]
    public async Task TwoInstances_UnderLoad_ThroughAnImport_NeverFail_NeverMixVersions_AndBothServeTheNewTerm()
    {
        var connectionString = await TestDatabase.BuildNewAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:OpenData"] = connectionString,
            ["Database:InitializeAtStartup"] = "false",
            ["OutputCache:Redis"] = RedisFactAttribute.RequiredServer,
            ["OutputCache:RedisInstanceName"] = $"opendata-test-{Guid.NewGuid():N}:",
            ["OutputCache:DataVersionPollSeconds"] = PollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var one = ServerProcess.Start(settings);
        await using var two = ServerProcess.Start(settings);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await one.WaitUntilReadyAsync(client);
        await two.WaitUntilReadyAsync(client);

        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var instances = new[] { one, two };
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var instance = instances[i % 2];
                answers.Enqueue(await AskAsync(client, instance == one ? 1 : 2, instance.Address, clock));
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        var imported = await ImportRun.RunAsync(connectionString, _folder.Write("term-2", TermReports.Term("SEGUNDO", SecondTermPetenChildren)));
        imported.Succeeded();
        var importedAt = clock.Elapsed;
        // Past the watcher's interval, with room for a loaded machine, and then a while more.
        await Task.Delay(TimeSpan.FromSeconds(PollSeconds * 2 + 3));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var all = answers.ToList();
        output.WriteLine($"{all.Count} requests; import done at {importedAt.TotalSeconds:0.00} s; unlabelled answers: {all.Count(a => a.Version is null)}.");
        Assert.All(all, a => Assert.True(a.Status == HttpStatusCode.OK && a.Figures is not null, $"instance {a.Instance} at {a.At.TotalSeconds:0.00} s: {(int)a.Status} {a.Body}"));

        const string OldFigures = "2021-T1 | 13756";
        var newFigures = $"2021-T1,2021-T2 | {13_756 + 13_756 - TermReports.SeedPetenChildren + SecondTermPetenChildren}";
        Assert.All(all, a => Assert.True(a.Figures == OldFigures || a.Figures == newFigures, $"unexpected figures {a.Figures}"));

        // One label, one set of figures: never the old figures with the new version, nor the reverse.
        var byVersion = all.Where(a => a.Version is not null).GroupBy(a => a.Version!).ToDictionary(g => g.Key, g => g.Select(a => a.Figures).Distinct().ToList());
        foreach (var (version, figures) in byVersion)
        {
            Assert.True(figures.Count == 1, $"version {version} was served with {string.Join(" and ", figures)}");
        }

        Assert.Equal(2, byVersion.Count);
        Assert.Contains(byVersion, v => v.Value[0] == OldFigures);
        Assert.Contains(byVersion, v => v.Value[0] == newFigures);

        // Before the import, only the old figures; from the watcher's interval after it (and margin), only the new, on both.
        Assert.All(all.Where(a => a.At < TimeSpan.FromSeconds(1.5)), a => Assert.Equal(OldFigures, a.Figures));
        var settled = importedAt + TimeSpan.FromSeconds((PollSeconds * 2) + 1);
        foreach (var instance in new[] { 1, 2 })
        {
            var late = all.Where(a => a.Instance == instance && a.Started > settled).ToList();
            Assert.True(late.Count > 10, $"instance {instance} answered only {late.Count} requests after {settled.TotalSeconds:0.00} s");
            Assert.All(late, a => Assert.True(a.Figures == newFigures, $"instance {instance} served the old figures at {a.At.TotalSeconds:0.00} s, {(a.At - importedAt).TotalSeconds:0.00} s after the import"));
        }

        Assert.False(one.HasExited || two.HasExited);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<Answer> AskAsync(HttpClient client, int instance, Uri address, Stopwatch clock)
    {
        var started = clock.Elapsed;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/graphql"))
        {
            Content = new StringContent(Query, Encoding.UTF8, "application/json"),
        };
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var version = response.Headers.TryGetValues("Data-Version", out var values) ? values.Single() : null;
            return new Answer(instance, started, clock.Elapsed, response.StatusCode, version, Figures(body), body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(instance, started, clock.Elapsed, 0, null, null, e.Message);
        }
    }

    /// <summary>"2021-T1,2021-T2 | 27527": the terms and the children, or null for an answer without them.</summary>
    private static string? Figures(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out _) || !json.RootElement.TryGetProperty("data", out var data))
            {
                return null;
            }

            var codes = data.GetProperty("periods").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("code").GetString());
            var children = data.GetProperty("communityHomesCoverage").GetProperty("aggregates").GetProperty("sum").GetProperty("childrenServed").GetInt32();
            return $"{string.Join(',', codes)} | {children}";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Answer(int Instance, TimeSpan Started, TimeSpan At, HttpStatusCode Status, string? Version, string? Figures, string Body);
}

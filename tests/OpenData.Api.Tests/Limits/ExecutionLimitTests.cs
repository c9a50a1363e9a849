using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;
using static OpenData.Api.Tests.Limits.Refusals;

namespace OpenData.Api.Tests.Limits;

/// <summary>Time: the execution limit, the statement limit, and a client that goes away, each stopping the work.</summary>
public sealed class ExecutionLimitTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string TwoStatements = "{ departments { nodes { name communityHomesCoverage { childrenServed } } } }";

    [Fact]
    public async Task ARequestPastTheExecutionTimeLimit_Is503Timeout_AndTheServerAnswersAfter()
    {
        var slow = new SlowStatements(TimeSpan.FromMilliseconds(400));
        using var client = Server(slow, ("Limits:ExecutionTimeoutSeconds", "0.2")).CreateClient();
        await StillAnswersAsync(client);

        using var response = await client.SendAsync(Post(Body(TwoStatements), GraphQLResponseJson));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"code\":\"TIMEOUT\"", body, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Retry-After"));
        // Stopped at its first statement (or before it, on a slow machine): the second was never sent.
        Assert.True(slow.Sent.Count <= 1, $"{slow.Sent.Count} statements were sent.");
        await StillAnswersAsync(client);
    }

    [Fact]
    public async Task AClientThatGoesAway_StopsItsRequest_NoFurtherStatementIsSent()
    {
        var slow = new SlowStatements(TimeSpan.FromMilliseconds(600));
        using var client = Server(slow).CreateClient();
        await StillAnswersAsync(client);
        using var leaving = new CancellationTokenSource();

        var request = client.SendAsync(Post(Body(TwoStatements)), leaving.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (slow.Sent.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        // The client leaves while its first statement is being sent.
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // The page was being sent when the client left; the departments' coverage rows never were.
        Assert.Equal(["Departments"], slow.Sent.Select(sql => sql.Contains("CommunityHomesCoverage", StringComparison.Ordinal) ? "Coverage" : "Departments").Distinct());
    }

    [Fact]
    public async Task ARunningStatement_StopsWithinASecond_WhenItsTokenIsCancelled()
    {
        var engine = Engine(TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.ExecuteAsync(Endless(engine), r => r.Read(), cancel.Token));

        // The statement never ends by itself, so stopping at all shows the interrupt; the bound is loose for busy machines.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The statement ran {clock.Elapsed} after it was cancelled at 0.2 s.");
    }

    [Fact]
    public async Task AStatementPastTheCommandTimeLimit_IsStopped_WithATimeoutError()
    {
        var engine = Engine(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<QueryTimeoutException>(() => engine.ExecuteAsync(Endless(engine), r => r.Read(), CancellationToken.None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The statement ran {clock.Elapsed} against a limit of 0.2 s.");
        Assert.Contains("0.2 s", error.Message, StringComparison.Ordinal);
    }

    private static QueryEngine Engine(TimeSpan commandTimeout) =>
        new(TestDatabase.Dialect(TestDatabase.ConnectionString), [], new QueryEngineOptions(commandTimeout));

    /// <summary>A statement that never ends by itself: it counts an endless series.</summary>
    private static SqlStatement Endless(QueryEngine engine) =>
        new SqlStatement(engine.Dialect).Complete(new System.Text.StringBuilder("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"));

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Server(SlowStatements slow, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureServices(s => s.AddSingleton<ISqlObserver>(slow));
        });
}

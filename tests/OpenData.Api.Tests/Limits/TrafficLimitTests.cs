using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Hosting;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;
using static OpenData.Api.Tests.Limits.Refusals;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// Many requests: the per-client rate (on a real Kestrel server, where clients have addresses), the turn expensive
/// queries wait for, and the log, which in Production holds one line for each request that failed and none for the rest.
/// </summary>
public sealed class TrafficLimitTests(OpenDataFactory factory, TrafficLimitTests.RateLimitedServer server)
    : IClassFixture<OpenDataFactory>, IClassFixture<TrafficLimitTests.RateLimitedServer>
{
    [Fact]
    public async Task PastItsRate_AClientIs429WithRetryAfter_AndCachedAnswersCostLessThanComputedOnes()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        string Unique(int i) => Body($"{{ u{i}: departments(first: 1) {{ totalCount }} }}");

        // A bucket of 4 tokens: a computed answer takes 3, a cached one 1.
        using (var computed = await client.SendAsync(Post(Unique(1))))
        {
            Assert.Equal(HttpStatusCode.OK, computed.StatusCode);
        }

        using (var cached = await client.SendAsync(Post(Unique(1))))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.True(cached.Headers.Contains("Age"), "The second answer comes from the cache.");
        }

        var refused = await RefusedAsyncWithoutRecheck(client, Unique(2));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ExpensiveQueries_TakeTurns_TheOneTooMany_Is503_WhileCheapOnesStillAnswer()
    {
        var slow = new SlowStatements(TimeSpan.FromMilliseconds(700));
        using var client = factory.WithWebHostBuilder(b => b
            .UseSetting("Limits:ExpensiveCost", "10")
            .UseSetting("Limits:ExpensiveConcurrency", "1")
            .UseSetting("Limits:ExpensiveQueue", "0")
            .ConfigureServices(s => s.AddSingleton<ISqlObserver>(slow))).CreateClient();
        await StillAnswersAsync(client);
        const string expensive = "{ departments { nodes { name code } } }";

        var first = client.SendAsync(Post(Body(expensive), GraphQLResponseJson));
        // Its turn is held from the moment its first statement is sent, for as long as the statement waits.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (slow.Sent.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        var busy = await RefusedAsync(client, Body("{ again: departments { nodes { name } } }"), HttpStatusCode.ServiceUnavailable, "SERVER_BUSY");
        var cheap = await client.QueryAsync("{ departments(first: 1) { totalCount } }");

        using var answered = await first;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Limits:ExpensiveQueue", busy.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(22, cheap.GetProperty("departments").GetProperty("totalCount").GetInt32());
        await client.QueryAsync(expensive);
    }

    [Fact]
    public async Task InProduction_TheLogHasALineForEachFailedRequest_WithItsTraceId_AndNoneForAnswersThatWentWell()
    {
        var log = new CapturedLog();
        using var client = factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(log))).CreateClient();
        await StillAnswersAsync(client);
        log.Clear();

        for (var i = 0; i < 5; i++)
        {
            await client.QueryAsync($"{{ r{i}: communityHomesCoverage {{ nodes {{ department {{ name }} childrenServed }} }} }}");
        }

        using var failed = await client.SendAsync(Post(Body("{ nope }")));
        using var refused = await client.SendAsync(Post(Body("{ departments(first: 501) { totalCount } }"), GraphQLResponseJson));
        var traceIds = new List<string>();
        foreach (var response in new[] { failed, refused })
        {
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            traceIds.Add(json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("traceId").GetString()!);
        }

        var lines = log.Lines;
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("OpenData.Api.Hosting.RequestLog: POST /graphql 200 ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("OpenData.Api.Hosting.RequestLog: POST /graphql 400 ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("trace " + traceIds[0], lines[0], StringComparison.Ordinal);
        Assert.EndsWith("trace " + traceIds[1], lines[1], StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> RefusedAsyncWithoutRecheck(HttpClient client, string body)
    {
        var response = await client.SendAsync(Post(body, GraphQLResponseJson));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"Expected 429, got {(int)response.StatusCode}: {text}");
        Assert.Contains("\"code\":\"RATE_LIMITED\"", text, StringComparison.Ordinal);
        Assert.Contains("\"limit\":\"Limits:Rate\"", text, StringComparison.Ordinal);
        return response;
    }

    /// <summary>The real app on Kestrel with a tiny per-client bucket that loopback clients are not exempt from.</summary>
    public sealed class RateLimitedServer : LoopbackServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Limits:Rate:ExemptLoopback", "false");
            builder.UseSetting("Limits:Rate:TokenLimit", "4");
            builder.UseSetting("Limits:Rate:TokensPerSecond", "1");
            builder.UseSetting("Limits:Rate:UncachedCost", "3");

            // Here an answer is kept the first time, so the second request is the cached one the bucket charges less.
            builder.UseSetting("OutputCache:KeepFirstAnswers", "true");
        }
    }

    /// <summary>Every log line the app writes at Information or above, as "category: message".</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public void Clear() => _lines.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lines.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Support;
using StackExchange.Redis;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Caching;

/// <summary>
/// OutputCache:Redis: answers are kept in Redis, so one instance's answer is another's hit, under keys that carry the
/// data version; and a Redis that does not answer costs no request its answer.
/// </summary>
public sealed class RedisCacheTests
{
    private const string Periods = """{"query":"{ periods { nodes { code } } }"}""";

    [RedisFact]
    public async Task AnAnswerComputedByOneInstance_IsServedByAnother_FromRedis_UnderItsDataVersion()
    {
        var prefix = $"opendata-test-{Guid.NewGuid():N}:";
        await using var one = Instance(RedisFactAttribute.RequiredServer, prefix);
        await using var two = Instance(RedisFactAttribute.RequiredServer, prefix);
        using var first = one.CreateClient();
        using var second = two.CreateClient();

        var (computed, computedBody) = await SendAsync(first, Post(Periods));
        Assert.False(computed.Headers.Contains("Age"));
        var version = Assert.Single(computed.Headers.GetValues("Data-Version"));

        var (shared, sharedBody) = await SendAsync(second, Post(Periods));
        Assert.True(shared.Headers.Contains("Age"), "the second instance computed the answer instead of reading the first's from Redis");
        Assert.Equal(computedBody, sharedBody);
        Assert.Equal(computed.Headers.ETag, shared.Headers.ETag);
        Assert.Equal(version, Assert.Single(shared.Headers.GetValues("Data-Version")));

        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisFactAttribute.RequiredServer);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var keys = server.Keys(pattern: prefix + "*").Select(k => k.ToString()).ToList();
        Assert.Contains(keys, k => k.Contains(version, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RedisThatDoesNotAnswer_IsBypassed_EveryAnswerStillComes_AndItIsLoggedOnce()
    {
        var log = new CapturedLog();
        // Nothing listens on port 1: every connection is refused.
        await using var app = Instance("127.0.0.1:1,connectTimeout=500", "opendata-test:")
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        using var client = app.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            var (answer, body) = await SendAsync(client, Post(Periods));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("\"2021-T1\"", body, StringComparison.Ordinal);
            Assert.True(answer.Headers.Contains("Data-Version"));
        }

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Single(log.Messages, m => m.StartsWith("Redis (127.0.0.1:1) did not answer", StringComparison.Ordinal));
    }

    private static WebApplicationFactory<Program> Instance(string redis, string prefix) =>
        new OpenDataFactory().WithWebHostBuilder(b => b
            .UseSetting("OutputCache:Redis", redis)
            .UseSetting("OutputCache:RedisInstanceName", prefix)
            .UseSetting("OutputCache:KeepFirstAnswers", "true"));

    private static async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lock (log._messages)
                    {
                        log._messages.Add(formatter(state, exception));
                    }
                }
            }
        }
    }
}

namespace OpenData.Api.Tests.Support;

/// <summary>
/// A test that needs a Redis server: <c>OPENDATA_TEST_REDIS</c> (<c>host:port</c>; `.ci/run` starts one with
/// `.ci/redis.sh`). Without it the test is skipped on a developer machine, saying so, and fails on CI.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "OPENDATA_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (Server is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"Needs Redis: set {Variable} (host:port), as .ci/run does.";
        }
    }

    /// <summary>The Redis the tests may use; on CI, a test that needs one fails without it.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static string RequiredServer => Server ?? throw new InvalidOperationException($"CI is true and {Variable} is not set: .ci/run starts Redis for these tests.");
}

/// <summary>
/// Several instances on one PostgreSQL and one Redis: runs in the suite's PostgreSQL run with Redis (`.ci/run`, on
/// CI always), and is skipped elsewhere, saying so.
/// </summary>
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "Runs in the suite's PostgreSQL run (.ci/run; Database__Provider=Postgres with OPENDATA_TEST_POSTGRES).";
        }
        else if (RedisFactAttribute.Server is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"Needs Redis: set {RedisFactAttribute.Variable} (host:port), as .ci/run does.";
        }
    }
}

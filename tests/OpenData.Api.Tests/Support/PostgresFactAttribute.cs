namespace OpenData.Api.Tests.Support;

/// <summary>
/// A test that compares PostgreSQL with SQLite: it runs in the suite's PostgreSQL run (`.ci/run`, on CI always) and is
/// skipped, saying so, in the SQLite run.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "Runs in the suite's PostgreSQL run (.ci/run; Database__Provider=Postgres with OPENDATA_TEST_POSTGRES).";
        }
    }
}

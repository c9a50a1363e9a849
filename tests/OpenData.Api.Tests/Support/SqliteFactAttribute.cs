namespace OpenData.Api.Tests.Support;

/// <summary>
/// A test of what only SQLite has (a database file killed mid-write, EF Core's SQLite migration lock, the SQLite
/// dialect's kept statements): skipped, saying so, in the suite's PostgreSQL run.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite's own behaviour; this run is on PostgreSQL.";
        }
    }
}

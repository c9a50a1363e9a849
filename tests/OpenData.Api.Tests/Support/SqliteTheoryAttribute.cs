namespace OpenData.Api.Tests.Support;

/// <summary>A theory about what only SQLite has (see <see cref="SqliteFactAttribute"/>): skipped in the PostgreSQL run.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite's own behaviour; this run is on PostgreSQL.";
        }
    }
}

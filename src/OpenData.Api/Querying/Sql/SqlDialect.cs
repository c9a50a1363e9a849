using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenData.Api.Querying.Sql;

/// <summary>What the query engine does differently per database: connections, lists of values, stopping a statement.</summary>
public abstract class SqlDialect
{
    public static void Quote(StringBuilder text, string name) => text.Append('"').Append(name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

    public abstract DbConnection CreateConnection();

    /// <summary>
    /// Writes "operand is one of the values" with the whole list as one parameter, so a list's length never meets
    /// the database's limit on parameters and the statement's text does not change with it.
    /// </summary>
    public abstract void InList(StringBuilder text, SqlStatement statement, string operand, IReadOnlyList<object> values);

    /// <summary>Makes a cancellation stop the statement running on the connection, where the driver does not itself.</summary>
    public abstract CancellationTokenRegistration StopOnCancel(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether an exception is the database reporting a statement stopped by <see cref="StopOnCancel"/>.</summary>
    public abstract bool IsStopped(Exception exception);
}

/// <summary>SQLite through Microsoft.Data.Sqlite, whose connections are pooled.</summary>
public sealed class SqliteDialect(string connectionString) : SqlDialect
{
    private const int Interrupted = 9;

    public override DbConnection CreateConnection() => new SqliteConnection(connectionString);

    public override void InList(StringBuilder text, SqlStatement statement, string operand, IReadOnlyList<object> values) =>
        text.Append(operand).Append(" IN (SELECT value FROM json_each(").Append(statement.Parameter(JsonSerializer.Serialize(values))).Append("))");

    // Microsoft.Data.Sqlite runs statements synchronously and ignores cancellation once one has started;
    // sqlite3_interrupt stops it at its next step.
    public override CancellationTokenRegistration StopOnCancel(DbConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.Register(static state =>
        {
            if (((SqliteConnection)state!).Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }, connection);

    public override bool IsStopped(Exception exception) => exception is SqliteException { SqliteErrorCode: Interrupted };
}

using System.Data.Common;
using System.Text;
using Npgsql;

namespace OpenData.Api.Querying.Sql;

/// <summary>
/// PostgreSQL through Npgsql. Npgsql pools the connections and prepares a statement on a connection once it has run
/// there twice (automatic preparation, kept per connection), so a query shape is planned once per connection, as
/// the SQLite dialect's kept statements are. Cancellation and the command time limit stop the statement on the
/// server (Npgsql sends PostgreSQL's cancel request).
/// </summary>
public sealed class PostgresDialect : SqlDialect
{
    private const string QueryCanceled = "57014";

    private readonly NpgsqlDataSource _source;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        _source = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override async ValueTask<SqlSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new Session(await _source.OpenConnectionAsync(cancellationToken));

    /// <summary>"operand = ANY(array)": the list is one parameter of the column's type, however long.</summary>
    public override void InList(StringBuilder text, SqlStatement statement, string operand, IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(values);
        text.Append(operand).Append(" = ANY(").Append(statement.Parameter(TypedArray(values))).Append(')');
    }

    /// <summary>The values as an array Npgsql can send: of their one type, or widened to the type they share.</summary>
    public static Array TypedArray(IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.All(v => v is int))
        {
            return values.Select(v => (int)v).ToArray();
        }

        if (values.All(v => v is int or long))
        {
            return values.Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }

        if (values.All(v => v is int or long or decimal))
        {
            return values.Select(v => Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }

        if (values.All(v => v is int or long or decimal or double or float))
        {
            return values.Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }

        return values switch
        {
            _ when values.All(v => v is string) => values.Cast<string>().ToArray(),
            _ when values.All(v => v is bool) => values.Cast<bool>().ToArray(),
            _ when values.All(v => v is DateOnly) => values.Cast<DateOnly>().ToArray(),
            _ => throw new NotSupportedException($"A list of {string.Join(", ", values.Select(v => v.GetType().Name).Distinct())} values."),
        };
    }

    // Npgsql stops a running statement itself when the token is cancelled.
    public override CancellationTokenRegistration StopOnCancel(DbConnection connection, CancellationToken cancellationToken) => default;

    public override bool IsStopped(Exception exception) =>
        exception is PostgresException { SqlState: QueryCanceled } || exception is NpgsqlException { InnerException: TimeoutException };

    protected override void Dispose(bool disposing)
    {
        _source.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Session(NpgsqlConnection connection) : SqlSession
    {
        private NpgsqlCommand? _command;

        public override DbConnection Connection => connection;

        public override DbCommand Command(SqlStatement statement, TimeSpan timeout)
        {
            _command?.Dispose();
            var command = connection.CreateCommand();
            command.CommandText = statement.Text;
            command.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
            foreach (var (name, value) in statement.Parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
            }

            _command = command;
            return command;
        }

        // A stopped statement leaves a PostgreSQL connection usable: the pool keeps it.
        public override void Discard()
        {
        }

        public override async ValueTask DisposeAsync()
        {
            if (_command is not null)
            {
                await _command.DisposeAsync();
            }

            await connection.DisposeAsync();
        }
    }
}

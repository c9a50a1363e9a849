using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenData.Api.Querying.Sql;

/// <summary>What the query engine does differently per database: connections, lists of values, stopping a statement.</summary>
public abstract class SqlDialect : IDisposable
{
    public static void Quote(StringBuilder text, string name) => text.Append('"').Append(name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

    /// <summary>An open connection for one caller until it is disposed; it may have served others before.</summary>
    public abstract ValueTask<SqlSession> OpenSessionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes "operand is one of the values" with the whole list as one parameter, so a list's length never meets
    /// the database's limit on parameters and the statement's text does not change with it.
    /// </summary>
    public abstract void InList(StringBuilder text, SqlStatement statement, string operand, IReadOnlyList<object> values);

    /// <summary>Makes a cancellation stop the statement running on the connection, where the driver does not itself.</summary>
    public abstract CancellationTokenRegistration StopOnCancel(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether an exception is the database reporting a statement stopped by <see cref="StopOnCancel"/>.</summary>
    public abstract bool IsStopped(Exception exception);

    /// <summary>
    /// A number that changes whenever another connection (this process's or another's) commits to the database, read
    /// without a table or a pooled connection; null where the database keeps none, or it could not be read.
    /// </summary>
    public virtual long? ChangeCounter() => null;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes whatever the dialect keeps open.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>
/// A connection lent to one caller: the commands it gives out may have been prepared by an earlier caller with the
/// same text. Disposing it gives it back; <see cref="Discard"/> first if something went wrong on it.
/// </summary>
public abstract class SqlSession : IAsyncDisposable
{
    public abstract DbConnection Connection { get; }

    /// <summary>A command for the statement's text with its parameters bound, ready to execute.</summary>
    public abstract DbCommand Command(SqlStatement statement, TimeSpan timeout);

    /// <summary>Closes the connection when it is given back instead of lending it again.</summary>
    public abstract void Discard();

    public abstract ValueTask DisposeAsync();
}

/// <summary>
/// SQLite through Microsoft.Data.Sqlite. Its own pool keeps connections open but finalizes their statements when a
/// connection is closed, so every statement would be parsed and planned again on every request (in a profile of
/// the six reference queries, the biggest share of SQLite's time). The dialect keeps its connections open instead,
/// each with the statements it has prepared, by text: values are always parameters, so a query shape has one text.
/// </summary>
public sealed class SqliteDialect(string connectionString) : SqlDialect
{
    private const int Interrupted = 9;

    /// <summary>
    /// Connections open at once, all kept open between callers; more callers at once wait for one to be given back
    /// (within their command time limit). SQLite runs a statement on the calling thread, so more connections than
    /// cores buy no throughput, and every connection opened past the kept ones costs a schema parse, a page cache and
    /// native memory the allocator does not give back: under 64 concurrent requests the process grew by half again.
    /// No caller holds more than one session at a time (a statement is read to its end before its session is
    /// given back), so waiting cannot deadlock.
    /// </summary>
    public static readonly int MaxSessions = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Statements kept prepared per connection; past it, the one used longest ago is forgotten.</summary>
    public const int MaxPreparedStatements = 64;

    private readonly System.Collections.Concurrent.ConcurrentQueue<Session> _idle = new();
    private readonly SemaphoreSlim _slots = new(MaxSessions, MaxSessions);
    private readonly Lock _counterGate = new();
    private SqliteConnection? _counterConnection;
    private SqliteCommand? _counter;
    private volatile bool _disposed;

    public override async ValueTask<SqlSession> OpenSessionAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        if (_idle.TryDequeue(out var session))
        {
            return session;
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Configure(connection.Handle!);
        }
        catch
        {
            await connection.DisposeAsync();
            _slots.Release();
            throw;
        }

        return new Session(this, connection);
    }

    /// <summary>
    /// What each kept connection is set to: the query planner's stability guarantee (QPSG), so no plan depends on a
    /// bound value. Without it SQLite plans a LIMIT, and a LIKE, around the value it is given and expires the
    /// statement each time that parameter is bound again: every page and every contains/startsWith would be parsed
    /// and planned on every run, kept or not. The LIKE optimization it gives up needs a case-insensitive index, which
    /// the folded columns are not.
    /// </summary>
    public static void Configure(SQLitePCL.sqlite3 handle)
    {
        var rc = SQLitePCL.raw.sqlite3_db_config(handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
        if (rc != SQLitePCL.raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused the query planner stability guarantee ({rc}).");
        }
    }

    private void GiveBack(Session session)
    {
        if (!session.Discarded && !_disposed)
        {
            _idle.Enqueue(session);
            if (_disposed)
            {
                // Dispose may have drained the queue before this one arrived.
                Drain();
            }
        }
        else
        {
            session.Close();
        }

        _slots.Release();
    }

    public override void InList(StringBuilder text, SqlStatement statement, string operand, IReadOnlyList<object> values)
    {
        // Checked as values: once serialized, a lone surrogate would be an escape in valid JSON.
        SqlText.Check(values);
        text.Append(operand).Append(" IN (SELECT value FROM json_each(").Append(statement.Parameter(JsonArray(values))).Append("))");
    }

    /// <summary>
    /// The values as a JSON array: ids (every batch of lookups and child rows) written as digits directly, anything
    /// else through the serializer, which writes a boxed int exactly so.
    /// </summary>
    internal static string JsonArray(IReadOnlyList<object> values)
    {
        var text = new StringBuilder("[", 2 + (values.Count * 4));
        foreach (var value in values)
        {
            if (value is not int id)
            {
                return JsonSerializer.Serialize(values);
            }

            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $"{id}");
        }

        return text.Append(']').ToString();
    }

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

    /// <summary>
    /// <c>PRAGMA data_version</c> on a connection of its own, which only ever runs this: SQLite changes it on that
    /// connection whenever any other connection has committed since it last looked (it starts a read transaction,
    /// which sees the write-ahead log's header move). A few microseconds under a lock, against a whole statement
    /// through the pool for the fingerprint.
    /// </summary>
    public override long? ChangeCounter()
    {
        lock (_counterGate)
        {
            if (_disposed)
            {
                return null;
            }

            try
            {
                if (_counter is null)
                {
                    var connection = new SqliteConnection(connectionString);
                    connection.Open();
                    _counterConnection = connection;
                    _counter = connection.CreateCommand();
                    _counter.CommandText = "PRAGMA data_version";
                    _counter.Prepare();
                }

                return (long)_counter.ExecuteScalar()!;
            }
            catch (SqliteException)
            {
                // Busy or gone: the caller reads the fingerprint instead; the next call opens a new connection.
                CloseCounter();
                return null;
            }
        }
    }

    private void CloseCounter()
    {
        _counter?.Dispose();
        _counterConnection?.Dispose();
        _counter = null;
        _counterConnection = null;
    }

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        Drain();
        lock (_counterGate)
        {
            CloseCounter();
        }

        base.Dispose(disposing);
    }

    private void Drain()
    {
        while (_idle.TryDequeue(out var session))
        {
            session.Close();
        }
    }

    private sealed class Session(SqliteDialect dialect, SqliteConnection connection) : SqlSession
    {
        private readonly Dictionary<string, Prepared> _prepared = new(StringComparer.Ordinal);
        private long _uses;

        public bool Discarded { get; private set; }

        public override DbConnection Connection => connection;

        public override DbCommand Command(SqlStatement statement, TimeSpan timeout)
        {
            if (!_prepared.TryGetValue(statement.Text, out var prepared))
            {
                if (_prepared.Count >= MaxPreparedStatements)
                {
                    ForgetLeastRecentlyUsed();
                }

                var created = connection.CreateCommand();
                created.CommandText = statement.Text;
                prepared = new Prepared(created);
                _prepared.Add(statement.Text, prepared);
            }

            prepared.LastUse = ++_uses;
            var command = prepared.Command;
            command.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
            var parameters = command.Parameters;
            var values = statement.Parameters;
            if (parameters.Count != values.Count)
            {
                parameters.Clear();
                foreach (var (name, value) in values)
                {
                    parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
                }
            }
            else
            {
                // The same text names the same parameters in the same order.
                for (var i = 0; i < values.Count; i++)
                {
                    parameters[i].Value = values[i].Value ?? DBNull.Value;
                }
            }

            return command;
        }

        public override void Discard() => Discarded = true;

        public override ValueTask DisposeAsync()
        {
            dialect.GiveBack(this);
            return ValueTask.CompletedTask;
        }

        public void Close()
        {
            ForgetStatements();
            connection.Dispose();
        }

        private void ForgetLeastRecentlyUsed()
        {
            var oldest = _prepared.MinBy(p => p.Value.LastUse);
            oldest.Value.Command.Dispose();
            _prepared.Remove(oldest.Key);
        }

        private void ForgetStatements()
        {
            foreach (var prepared in _prepared.Values)
            {
                prepared.Command.Dispose();
            }

            _prepared.Clear();
        }

        private sealed class Prepared(SqliteCommand command)
        {
            public SqliteCommand Command { get; } = command;

            public long LastUse { get; set; }
        }
    }
}

using System.Text;
using Microsoft.Data.Sqlite;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>
/// The SQLite dialect keeps its connections open with their statements prepared: a statement asked for again is not
/// parsed again, yet it binds each caller's values, sees what other connections wrote since, and a connection
/// something went wrong on is never lent again.
/// </summary>
public sealed class PreparedStatementTests : IDisposable
{
    private const string CountAbove = "SELECT COUNT(*) FROM numbers WHERE value > @p0";
    private readonly string _connectionString;
    private readonly SqliteDialect _dialect;
    private readonly QueryEngine _engine;

    public PreparedStatementTests()
    {
        var file = TestDatabase.NewFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        _connectionString = $"Data Source={file}";
        Write("CREATE TABLE numbers (value INTEGER NOT NULL); INSERT INTO numbers VALUES (1), (2), (3), (4), (5);");
        _dialect = new SqliteDialect(_connectionString);
        _engine = new QueryEngine(_dialect, [], new QueryEngineOptions(TimeSpan.FromMilliseconds(300)));
    }

    [SqliteFact]
    public async Task AStatementAskedForAgain_IsTheCommandPreparedBefore_OnTheSameConnection()
    {
        System.Data.Common.DbConnection first;
        System.Data.Common.DbCommand prepared;
        await using (var session = await _dialect.OpenSessionAsync(CancellationToken.None))
        {
            first = session.Connection;
            prepared = session.Command(Statement(CountAbove, 2), TimeSpan.FromSeconds(1));
            Assert.Equal(3L, await prepared.ExecuteScalarAsync());
        }

        await using (var session = await _dialect.OpenSessionAsync(CancellationToken.None))
        {
            Assert.Same(first, session.Connection);
            var again = session.Command(Statement(CountAbove, 4), TimeSpan.FromSeconds(1));
            Assert.Same(prepared, again);
            Assert.Equal(1L, await again.ExecuteScalarAsync());
        }
    }

    [SqliteFact]
    public async Task APreparedStatement_BindsEachCallersValues_AndSeesRowsWrittenSince()
    {
        Assert.Equal(5, await CountAboveAsync(0));
        Assert.Equal(2, await CountAboveAsync(3));

        Write("INSERT INTO numbers VALUES (10), (11);");

        Assert.Equal(4, await CountAboveAsync(3));
        Assert.Equal(7, await CountAboveAsync(0));
    }

    [SqliteFact]
    public async Task APreparedStatement_StillRuns_AfterAnotherConnectionChangesTheSchema()
    {
        Assert.Equal(5, await CountAboveAsync(0));

        Write("ALTER TABLE numbers ADD COLUMN label TEXT; CREATE INDEX ix_numbers_value ON numbers (value);");

        Assert.Equal(2, await CountAboveAsync(3));
    }

    [SqliteFact]
    public async Task AConnectionWhoseStatementWasStopped_IsClosed_NotLentAgain()
    {
        // The one connection kept open, so the statement below runs on it.
        System.Data.Common.DbConnection stopped;
        await using (var session = await _dialect.OpenSessionAsync(CancellationToken.None))
        {
            stopped = session.Connection;
        }

        var endless = Statement("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n");
        await Assert.ThrowsAsync<QueryTimeoutException>(() => _engine.ExecuteAsync(endless, reader => reader.Read(), CancellationToken.None));

        Assert.Equal(System.Data.ConnectionState.Closed, stopped.State);
        await using var next = await _dialect.OpenSessionAsync(CancellationToken.None);
        Assert.NotSame(stopped, next.Connection);
        Assert.Equal(5, await CountAboveAsync(0));
    }

    [SqliteFact]
    public async Task MoreStatementsThanAConnectionKeepsPrepared_AllAnswerRight()
    {
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < SqliteDialect.MaxPreparedStatements + 10; i++)
            {
                // A different text each time (the constant), one parameter as ever.
                var count = await _engine.ExecuteAsync(Statement($"SELECT COUNT(*) + {i} FROM numbers WHERE value > @p0", 2), r => r.Read() ? r.GetInt64(0) : -1, CancellationToken.None);
                Assert.Equal(3 + i, count);
            }
        }
    }

    [SqliteFact]
    public async Task AStatementInSteadyUse_StaysPrepared_WhileManyOthersPassThrough()
    {
        System.Data.Common.DbCommand hot;
        await using (var session = await _dialect.OpenSessionAsync(CancellationToken.None))
        {
            hot = session.Command(Statement(CountAbove, 1), TimeSpan.FromSeconds(1));
        }

        for (var i = 0; i < 3 * SqliteDialect.MaxPreparedStatements; i++)
        {
            Assert.Equal(4 + i, await _engine.ExecuteAsync(Statement($"SELECT COUNT(*) + {i} FROM numbers WHERE value > @p0", 1), r => r.Read() ? r.GetInt64(0) : -1, CancellationToken.None));
            if (i % 8 == 0)
            {
                Assert.Equal(4, await CountAboveAsync(1));
            }
        }

        await using var again = await _dialect.OpenSessionAsync(CancellationToken.None);
        Assert.Same(hot, again.Command(Statement(CountAbove, 1), TimeSpan.FromSeconds(1)));
    }

    [SqliteFact]
    public async Task MoreCallersAtOnceThanConnectionsKeptOpen_AllAnswerRight()
    {
        var callers = Enumerable.Range(0, 3 * SqliteDialect.MaxSessions)
            .Select(i => Task.Run(() => CountAboveAsync(i % 5)));

        var counts = await Task.WhenAll(callers);

        Assert.Equal(Enumerable.Range(0, 3 * SqliteDialect.MaxSessions).Select(i => 5 - (i % 5)), counts);
    }

    [SqliteFact]
    public async Task MoreCallersAtOnceThanSessions_WaitForOneGivenBack_AndNoMoreConnectionsAreOpened()
    {
        var connections = new System.Collections.Concurrent.ConcurrentDictionary<System.Data.Common.DbConnection, bool>(ReferenceEqualityComparer.Instance);
        var atOnce = 0;
        var mostAtOnce = 0;
        var callers = Enumerable.Range(0, 4 * SqliteDialect.MaxSessions).Select(_ => Task.Run(async () =>
        {
            await using var session = await _dialect.OpenSessionAsync(CancellationToken.None);
            var now = Interlocked.Increment(ref atOnce);
            InterlockedMax(ref mostAtOnce, now);
            connections.TryAdd(session.Connection, true);
            await Task.Delay(5);
            Interlocked.Decrement(ref atOnce);
        }));

        await Task.WhenAll(callers);

        Assert.InRange(mostAtOnce, 1, SqliteDialect.MaxSessions);
        Assert.InRange(connections.Count, 1, SqliteDialect.MaxSessions);
    }

    [SqliteFact]
    public async Task ACallerWaitingForASession_IsStoppedByItsToken_AndTheEngineReportsItsTimeLimit()
    {
        var held = new List<SqlSession>();
        for (var i = 0; i < SqliteDialect.MaxSessions; i++)
        {
            held.Add(await _dialect.OpenSessionAsync(CancellationToken.None));
        }

        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _dialect.OpenSessionAsync(cancel.Token).AsTask());
        }

        // The engine's time limit (300 ms here) covers the wait for a session as well as the statement.
        await Assert.ThrowsAsync<QueryTimeoutException>(() => CountAboveAsync(1));

        var waiting = _dialect.OpenSessionAsync(CancellationToken.None).AsTask();
        await Task.Delay(20);
        Assert.False(waiting.IsCompleted);
        await held[0].DisposeAsync();
        await using (var session = await waiting.WaitAsync(TimeSpan.FromSeconds(5)))
        {
            Assert.Same(held[0].Connection, session.Connection);
        }

        foreach (var session in held.Skip(1))
        {
            await session.DisposeAsync();
        }

        Assert.Equal(4, await CountAboveAsync(1));
    }

    [SqliteFact]
    public async Task DisposingTheDialect_ClosesTheConnectionsItKept()
    {
        System.Data.Common.DbConnection kept;
        await using (var session = await _dialect.OpenSessionAsync(CancellationToken.None))
        {
            kept = session.Connection;
        }

        Assert.Equal(System.Data.ConnectionState.Open, kept.State);
        _dialect.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, kept.State);
    }

    /// <summary>
    /// The change counter confirms an answer's data version without a statement through the pool: it must stay put while
    /// only reads happen, through the dialect's own connections too, and move when any other connection commits, in
    /// SQLite's rollback journal and in its write-ahead log (the server's mode).
    /// </summary>
    [SqliteTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheChangeCounter_StaysWhileOnlyReadsHappen_AndMovesWithEveryCommitByAnotherConnection(bool writeAheadLog)
    {
        if (writeAheadLog)
        {
            Write("PRAGMA journal_mode=WAL;");
        }

        var counter = _dialect.ChangeCounter();
        Assert.NotNull(counter);
        Assert.Equal(5, await CountAboveAsync(0));
        Assert.Equal(counter, _dialect.ChangeCounter());

        Write("INSERT INTO numbers VALUES (10);");
        var afterInsert = _dialect.ChangeCounter();
        Assert.NotEqual(counter, afterInsert);
        Assert.Equal(afterInsert, _dialect.ChangeCounter());

        await using (var session = await _dialect.OpenSessionAsync(CancellationToken.None))
        {
            await session.Command(Statement("DELETE FROM numbers WHERE value = 10"), TimeSpan.FromSeconds(1)).ExecuteNonQueryAsync();
        }

        Assert.NotEqual(afterInsert, _dialect.ChangeCounter());
    }

    /// <summary>
    /// Callers at once each get a reading of their own, never one older than their call: every call that begins after
    /// another connection's commit sees the counter moved.
    /// </summary>
    [SqliteFact]
    public async Task TheChangeCounter_CalledFromManyThreads_NeverAnswersWithAReadingOlderThanTheCall()
    {
        Write("PRAGMA journal_mode=WAL;");
        var before = _dialect.ChangeCounter();
        Assert.NotNull(before);
        var committed = 0;
        var calls = 0;
        var stale = 0;
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                var afterCommit = Volatile.Read(ref committed) == 1;
                var reading = _dialect.ChangeCounter();
                Interlocked.Increment(ref calls);
                if (afterCommit && reading == before)
                {
                    Interlocked.Increment(ref stale);
                }
            }
        })).ToList();
        await Task.Delay(20);
        Write("INSERT INTO numbers VALUES (11);");
        Volatile.Write(ref committed, 1);
        await Task.WhenAll(callers);

        Assert.Equal(0, stale);
        Assert.NotEqual(before, _dialect.ChangeCounter());
        Assert.Equal(8 * 3_000, calls);
    }

    [SqliteFact]
    public void TheChangeCounter_OfADisposedDialect_IsUnknown()
    {
        Assert.NotNull(_dialect.ChangeCounter());
        _dialect.Dispose();
        Assert.Null(_dialect.ChangeCounter());
    }

    public void Dispose() => _dialect.Dispose();

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var before = Interlocked.CompareExchange(ref target, value, seen);
            if (before == seen)
            {
                return;
            }

            seen = before;
        }
    }

    private async Task<int> CountAboveAsync(int value) =>
        (int)await _engine.ExecuteAsync(Statement(CountAbove, value), r => r.Read() ? r.GetInt64(0) : -1, CancellationToken.None);

    private SqlStatement Statement(string text, params object[] values)
    {
        var statement = new SqlStatement(_dialect);
        foreach (var value in values)
        {
            statement.Parameter(value);
        }

        return statement.Complete(new StringBuilder(text));
    }

    private void Write(string sql)
    {
        using var connection = new SqliteConnection(_connectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

using System.Data.Common;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying;

/// <summary>
/// Runs the query model in SQL: each query is one statement on a connection of its own from the dialect's sessions (callers may run
/// several at once), bounded by a time limit and stopped when the caller's token is cancelled.
/// </summary>
public sealed class QueryEngine(SqlDialect dialect, IEnumerable<ISqlObserver> observers, QueryEngineOptions options)
{
    private readonly ISqlObserver[] _observers = [.. observers];

    public SqlDialect Dialect => dialect;

    public async Task<RowsResult> RowsAsync(RowsQuery query, CancellationToken cancellationToken)
    {
        var (statement, shape) = SqlQueries.Rows(dialect, query);
        var totalOrdinal = query.WithTotal ? shape.Width : -1;
        var (rows, total) = await ExecuteAsync(statement, reader =>
        {
            var rows = new List<object>();
            int? total = null;
            while (reader.Read())
            {
                rows.Add(shape.Read(reader));
                if (totalOrdinal >= 0)
                {
                    total ??= checked((int)reader.GetInt64(totalOrdinal));
                }
            }

            return (rows, total);
        }, cancellationToken);

        if (query.WithTotal && total is null)
        {
            // No row on this page, so no window count: 0 from the start, else ask.
            total = query.Offset == 0 ? 0 : await CountAsync(query.Table, query.Where, cancellationToken);
        }

        return new RowsResult(rows, total);
    }

    public Task<int> CountAsync(Table table, Condition? where, CancellationToken cancellationToken) =>
        ExecuteAsync(SqlQueries.Count(dialect, table, where), reader => reader.Read() ? checked((int)reader.GetInt64(0)) : 0, cancellationToken);

    public Task<List<AggregateValues>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken) =>
        ExecuteAsync(SqlQueries.Aggregate(dialect, query, out var joined), reader =>
        {
            var rows = new List<AggregateValues>();
            var count = query.Aggregates.Count;
            while (reader.Read())
            {
                var values = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    values[i] = AggregateValue(reader, i + 1, query.Aggregates[i]);
                }

                var keys = new object?[query.Keys.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = query.Keys[i].Read(reader, 1 + count + i);
                }

                object?[]? linked = null;
                for (var i = 0; i < joined.Length; i++)
                {
                    if (joined[i]?.ReadOrNull(reader) is { } row)
                    {
                        linked ??= new object?[joined.Length];
                        linked[i] = row;
                    }
                }

                rows.Add(new AggregateValues(keys, reader.GetInt64(0), values, linked));
            }

            return rows;
        }, cancellationToken);

    public Task<List<object>> ByIdAsync(Table table, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var (statement, shape) = SqlQueries.ById(dialect, table, ids);
        return ExecuteAsync(statement, reader => ReadAll(reader, shape), cancellationToken);
    }

    public Task<List<object>> ChildrenAsync(ChildRowsQuery query, CancellationToken cancellationToken)
    {
        var (statement, shape) = SqlQueries.Children(dialect, query);
        return ExecuteAsync(statement, reader => ReadAll(reader, shape), cancellationToken);
    }

    /// <summary>
    /// Hands every row of a query to <paramref name="write"/> as it is read, so an export's memory does not grow with
    /// its rows. The statement and the writing share <paramref name="limit"/>: a reader too slow to take the rows
    /// is stopped like a statement that runs too long. Returns how many rows were written.
    /// </summary>
    public Task<long> StreamAsync(RowsQuery query, Func<object, CancellationToken, ValueTask> write, TimeSpan limit, CancellationToken cancellationToken)
    {
        var (statement, shape) = SqlQueries.Rows(dialect, query);
        return ExecuteAsync(statement, (shape, write), static async (reader, state, token) =>
        {
            long count = 0;
            while (await reader.ReadAsync(token))
            {
                await state.write(state.shape.Read(reader), token);
                count++;
            }

            return count;
        }, limit, cancellationToken);
    }

    /// <summary>Runs a statement written by hand for what the model does not express, under the same limits.</summary>
    public Task<T> ExecuteAsync<T>(SqlStatement statement, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        ExecuteAsync(statement, read, static (reader, read, _) => ValueTask.FromResult(read(reader)), options.CommandTimeout, cancellationToken);

    /// <summary>
    /// The one way a statement runs. The reader gets its state passed in, so the common synchronous read (every
    /// GraphQL statement) allocates no closure or task of its own on the way.
    /// </summary>
    private async Task<T> ExecuteAsync<TState, T>(
        SqlStatement statement, TState state, Func<DbDataReader, TState, CancellationToken, ValueTask<T>> read, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        try
        {
            await using var session = await dialect.OpenSessionAsync(limit.Token);
            var command = session.Command(statement, timeLimit);
            foreach (var observer in _observers)
            {
                observer.Executing(statement.Text, statement.Parameters);
            }

            try
            {
                using var stop = dialect.StopOnCancel(session.Connection, limit.Token);
                await using var reader = await command.ExecuteReaderAsync(limit.Token);
                return await read(reader, state, limit.Token);
            }
            catch
            {
                // Stopped, timed out or failed: the connection is closed rather than lent again.
                session.Discard();
                throw;
            }
        }
        catch (Exception e) when (limit.IsCancellationRequested && (e is OperationCanceledException || dialect.IsStopped(e)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new QueryTimeoutException(timeLimit);
        }
    }

    private static List<object> ReadAll(DbDataReader reader, RowShape shape)
    {
        var rows = new List<object>();
        while (reader.Read())
        {
            rows.Add(shape.Read(reader));
        }

        return rows;
    }

    /// <summary>An aggregate as the API serves it: counts and whole-number measures as long, amounts as their model value.</summary>
    private static object? AggregateValue(DbDataReader reader, int ordinal, Aggregate aggregate)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var value = reader.GetValue(ordinal);
        if (aggregate.Function is AggregateFunction.Count or AggregateFunction.CountValues
            || (Nullable.GetUnderlyingType(aggregate.Measure!.ModelType) ?? aggregate.Measure.ModelType) == typeof(int))
        {
            return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return aggregate.Measure.FromProvider(value);
    }
}

/// <summary><c>Limits:SqlCommandTimeoutSeconds</c>: the longest one statement may run before it is stopped.</summary>
public sealed record QueryEngineOptions(TimeSpan CommandTimeout);

/// <summary>Told of every statement the engine sends, as it sends it: the tests count and read them.</summary>
public interface ISqlObserver
{
    void Executing(string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters);
}

/// <summary>A statement ran past the command time limit and was stopped.</summary>
public sealed class QueryTimeoutException(TimeSpan limit)
    : TimeoutException($"A database statement ran longer than {limit.TotalSeconds:0.#} s and was stopped.");

using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Querying;

namespace OpenData.Api.Tests.Support;

/// <summary>
/// Records every SQL command the app sends, with its parameters, to show what runs in the database: the query
/// engine's statements (as an <see cref="ISqlObserver"/>) and EF Core's (as an interceptor).
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor, ISqlObserver
{
    private readonly ConcurrentQueue<CapturedCommand> _commands = new();

    public IReadOnlyList<CapturedCommand> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>A client of the shared test database whose commands this capture records, from after start-up.</summary>
    public static async Task<(HttpClient Client, SqlCapture Capture)> ClientAsync(OpenDataFactory factory)
    {
        var capture = new SqlCapture();
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IInterceptor>(capture).AddSingleton<ISqlObserver>(capture))).CreateClient();
        await client.QueryAsync("{ __typename }");
        capture.Clear();
        return (client, capture);
    }

    public void Executing(string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters) =>
        _commands.Enqueue(new CapturedCommand(sql, parameters.ToDictionary(p => p.Key, p => p.Value)));

    private void Record(DbCommand command) =>
        _commands.Enqueue(new CapturedCommand(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName, p => p.Value)));
}

public sealed record CapturedCommand(string Sql, IReadOnlyDictionary<string, object?> Parameters);

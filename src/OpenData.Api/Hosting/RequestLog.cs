using System.Diagnostics;

namespace OpenData.Api.Hosting;

/// <summary>
/// One log line per request, written when it ends: method, path, status, duration and the trace id that every
/// refused or failed answer carries in <c>extensions.traceId</c>, so a client's report finds its line.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                // 499, as nginx logs it: the client went away before an answer was written.
                var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, context.Request.Path, status, milliseconds, context.TraceIdentifier);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Milliseconds:0.0} ms trace {TraceId}")]
    private static partial void LogRequest(ILogger logger, string method, PathString path, int status, double milliseconds, string traceId);
}

/// <summary>In Development, every statement the query engine sends, at Information under <c>OpenData.Sql</c>.</summary>
public sealed partial class SqlLog(ILoggerFactory loggers) : Querying.ISqlObserver
{
    private readonly ILogger _logger = loggers.CreateLogger("OpenData.Sql");

    public void Executing(string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var values = string.Join(", ", parameters.Select(p => $"{p.Key}={p.Value}"));
            LogStatement(_logger, sql, values);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Sql} [{Parameters}]")]
    private static partial void LogStatement(ILogger logger, string sql, string parameters);
}

using System.Diagnostics;

namespace OpenData.Api.Hosting;

/// <summary>
/// One log line per request at most, written when it ends: method, path, status, duration and the trace id that
/// every refused or failed answer carries in <c>extensions.traceId</c>, so a client's report finds its line.
/// Refusals and failures (a status of 400 or more, or GraphQL errors beside data in a 200 or a 294) are logged at Information, server
/// errors at Warning; answers that went well at Debug, so a busy server writes no line for them unless asked to
/// (<c>Logging:LogLevel:OpenData.Api.Hosting.RequestLog</c> = Debug gives an access log of every request).
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>Set by an endpoint whose 2xx answer carries errors (200, or 294 Partial Success), so the answer is logged as a failure.</summary>
    public const string ErrorsItem = "OpenData:AnswerHasErrors";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // 499, as nginx logs it: the client went away before an answer was written.
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Warning
                : status >= 400 || context.Items.ContainsKey(ErrorsItem) ? LogLevel.Information
                : LogLevel.Debug;
            if (logger.IsEnabled(level))
            {
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, level, context.Request.Method, context.Request.Path, status, milliseconds, context.TraceIdentifier);
            }
        }
    }

    [LoggerMessage(Message = "{Method} {Path} {Status} {Milliseconds:0.0} ms trace {TraceId}")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, PathString path, int status, double milliseconds, string traceId);
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

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenData.Api.Caching;

namespace OpenData.Api.Hosting;

/// <summary>
/// Health endpoints for load balancers and orchestrators. <c>/health/live</c>: the process serves HTTP (no check
/// runs). <c>/health/ready</c>: the database answers and holds the reports (503 when it does not), and, with
/// <c>OutputCache:Redis</c> set, Redis answers (<c>Degraded</c>, still 200, when it does not: answers still come,
/// uncached, so an instance is not taken out of rotation for it). Neither is ever cached.
/// </summary>
public static class Health
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string Ready = "ready";

    public static IHealthChecksBuilder AddOpenDataHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
    }

    /// <summary><c>{"status":"Healthy","checks":{"database":{"status":"Healthy","description":"…"}}}</c></summary>
    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteNumber("milliseconds", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}

/// <summary>
/// Ready when the database answers the data-version query (the one the watcher polls) within a few seconds and
/// holds at least one report. Why it failed goes to the log, not to the anonymous caller.
/// </summary>
public sealed partial class DatabaseHealthCheck(DataVersionSource source, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var version = await source.ReadAsync(timeout.Token);
            return version.Fingerprint.Length == 0
                ? HealthCheckResult.Unhealthy("The database answers but holds no report: run the migrate command.")
                : HealthCheckResult.Healthy($"The database answers; {version.Fingerprint.Split(';').Length} report(s) loaded.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e);
            return HealthCheckResult.Unhealthy(timeout.IsCancellationRequested
                ? $"The database did not answer within {_timeout.TotalSeconds:0} s."
                : "The database did not answer.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the database did not answer")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using GraphQL;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Features.Periods;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Http;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Schema;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.Exports;

/// <summary>
/// <c>GET /export/{name}.{csv|json}</c>: every row of a collection, filtered and ordered as its GraphQL field would
/// be, streamed from one statement. Refusals are GraphQL-style JSON errors with the status that fits.
/// </summary>
internal sealed partial class ExportEndpoint(
    ExportCatalog catalog,
    ExportArguments arguments,
    EntityRegistry registry,
    FilterTranslator filters,
    QueryEngine engine,
    GraphQLResponseWriter writer,
    ClientRateLimiter rate,
    RequestLimits limits,
    ExportOptions options,
    ILogger<ExportEndpoint> logger)
{
    private static readonly HashSet<string> _parameters = ["period", "where", "order", "bom", "shape"];

    public async Task HandleAsync(HttpContext context, string name, string format)
    {
        var query = context.Request.Query;
        if (format is not ("csv" or "json") || catalog.Find(name) is not { } export)
        {
            await RefuseAsync(context, StatusCodes.Status404NotFound,
                $"There is no export /export/{name}.{format}. Each collection is /export/<name>.csv or .json; /export/datapackage.json lists them all.");
            return;
        }

        if (query.Keys.FirstOrDefault(k => !_parameters.Contains(k)) is { } unknown)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, $"?{unknown}= is not a parameter of an export; they are ?period=, ?where=, ?order=, ?bom= (CSV) and ?shape= (JSON).");
            return;
        }

        var shape = Options(query, format);
        if (shape.Error is { } optionError)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, optionError);
            return;
        }

        // Past the output cache: this answer is computed, and costs the client more of its rate.
        if (rate.Take(context, rate.UncachedExtra) is { } retryAfter)
        {
            await RequestGates.RefuseAsync(context, writer, GraphQLMediaTypes.Json, retryAfter, limits);
            return;
        }

        var cancellation = context.RequestAborted;
        try
        {
            var plan = await PlanAsync(context, export, query, cancellation);
            if (plan.Error is { } error)
            {
                await RefuseAsync(context, plan.Status, error);
                return;
            }

            await WriteAsync(context, export, plan, shape, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
        catch (Querying.Sql.InvalidTextException invalid) when (!context.Response.HasStarted)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, invalid.Message);
        }
        catch (QueryTimeoutException timeout)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.Headers.RetryAfter = "1";
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, $"{timeout.Message} (Limits:ExportSeconds)");
                return;
            }

            // Part of the file is sent: cut the connection, so no client takes a short file for the whole.
            LogCut(logger, export.Name, timeout.Message);
            context.Abort();
        }
    }

    private async Task<ExportPlan> PlanAsync(HttpContext context, Export export, IQueryCollection query, CancellationToken cancellation)
    {
        var where = query["where"].FirstOrDefault();
        var order = query["order"].FirstOrDefault();
        if (export.Definition is null && (where is not null || order is not null || query.ContainsKey("period")))
        {
            return ExportPlan.Refused($"/export/{export.Name} has no filters or order of its own: filter its parent collection, whose rows its {export.Columns.First(c => c.References is not null).Name} column points at.");
        }

        var (args, argumentError) = where is null && order is null
            ? (null, null)
            : await arguments.ReadAsync(export, where, order, context.RequestServices, cancellation);
        if (argumentError is not null)
        {
            return ExportPlan.Refused(argumentError);
        }

        Condition? condition = null;
        IReadOnlyList<SortKey> sort = [];
        try
        {
            if (export.Definition is not null)
            {
                var root = RootPlan.Translate(context.RequestServices, export.Definition, export.View, args);
                (condition, sort) = (root.Where, root.Order);
            }
        }
        catch (ExecutionError e)
        {
            return ExportPlan.Refused(e.Message);
        }

        string? period = null;
        if (query["period"].FirstOrDefault() is { } asked)
        {
            var periods = registry.For(typeof(Period));
            var found = await engine.RowsAsync(
                new RowsQuery(Projection.All(periods.Table), filters.Where(periods, new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = asked } }, "period"), [], 0, 1, false),
                cancellation);
            if (found.Rows is not [Period term])
            {
                return new ExportPlan(null, [], null, StatusCodes.Status404NotFound, $"No term \"{asked}\" is loaded; /export/periods.csv lists the terms there are.");
            }

            if (export.Period is null && export.PeriodCode is null)
            {
                return ExportPlan.Refused($"/export/{export.Name} does not belong to a term: leave ?period= out.");
            }

            period = term.Code;
            var byTerm = new Comparison(new ColumnOperand(export.Period?.ForeignKey ?? periods.Table.Id), CompareOperator.Equal, term.Id);
            condition = condition is null ? byTerm : new AllOf([byTerm, condition]);
        }

        return new ExportPlan(condition, sort, period, StatusCodes.Status200OK, null);
    }

    private async Task WriteAsync(HttpContext context, Export export, ExportPlan plan, (string Format, bool Bom, string? Error) shape, CancellationToken cancellation)
    {
        var response = context.Response;
        var extension = shape.Format == "csv" ? "csv" : "json";
        response.ContentType = shape.Format switch
        {
            "csv" => "text/csv; charset=utf-8; header=present",
            "ndjson" => "application/x-ndjson; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = export.FileName(plan.Period, extension) }.ToString();
        using var output = ExportWriter.For(shape.Format, response.BodyWriter, export.Columns, shape.Bom);
        output.Start();
        await engine.StreamAsync(new RowsQuery(export.Projection, plan.Where, plan.Order, 0, int.MaxValue, false), output.RowAsync, options.Timeout, cancellation);
        output.End();
        await output.FlushAsync(cancellation);
    }

    private static (string Format, bool Bom, string? Error) Options(IQueryCollection query, string format)
    {
        var bom = query["bom"].FirstOrDefault();
        var shape = query["shape"].FirstOrDefault();
        if (bom is not null && (format != "csv" || bom is not ("true" or "false")))
        {
            return (format, false, "?bom= is for CSV exports, and is true or false.");
        }

        if (shape is not null && (format != "json" || shape is not ("array" or "ndjson")))
        {
            return (format, false, "?shape= is for JSON exports, and is array (the default) or ndjson (one object per line).");
        }

        return (shape == "ndjson" ? "ndjson" : format, bom == "true", null);
    }

    private Task RefuseAsync(HttpContext context, int status, string message) =>
        writer.WriteErrorAsync(context, status, GraphQLMediaTypes.Json, message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export {Export} was cut short: {Reason}")]
    private static partial void LogCut(ILogger logger, string export, string reason);
}

/// <summary>What an export's parameters ask for, or why they are refused.</summary>
internal sealed record ExportPlan(Condition? Where, IReadOnlyList<SortKey> Order, string? Period, int Status, string? Error)
{
    public static ExportPlan Refused(string error) => new(null, [], null, StatusCodes.Status400BadRequest, error);
}

/// <summary><c>Limits:ExportSeconds</c> (default 60): the longest one export may take to read and send its rows.</summary>
public sealed record ExportOptions(TimeSpan Timeout);

using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): read the request, execute it within the limits, write the
/// response. A client that goes away stops its request (the token reaches every SQL statement); a request that
/// runs past the execution time limit stops and says so.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    public const string AllowedMethods = "GET, POST";

    private static readonly QueryOnlyOverGetRule _getRule = new();

    private readonly ISchema _schema;
    private readonly IDocumentExecuter _executer;
    private readonly GraphQLHttpRequestReader _reader;
    private readonly GraphQLResponseWriter _writer;
    private readonly RequestLimits _limits;
    private readonly ClientRateLimiter _rate;
    private readonly ILogger<GraphQLHttpEndpoint> _logger;
    private readonly IValidationRule[] _postRules;
    private readonly IValidationRule[] _getRules;
    private readonly IValidationRule[] _cachedPostRules;
    private readonly IValidationRule[] _cachedGetRules;

    public GraphQLHttpEndpoint(
        ISchema schema,
        IDocumentExecuter executer,
        GraphQLHttpRequestReader reader,
        GraphQLResponseWriter writer,
        RequestLimits limits,
        CostAnalysis cost,
        ClientRateLimiter rate,
        ILogger<GraphQLHttpEndpoint> logger)
    {
        _schema = schema;
        _executer = executer;
        _reader = reader;
        _writer = writer;
        _limits = limits;
        _rate = rate;
        _logger = logger;
        _postRules = [.. DocumentValidator.CoreRules, cost.Rule];
        _getRules = [.. _postRules, _getRule];

        // A document from the cache passed the rules that read only the document; these read the request too.
        _cachedPostRules = [FieldArgumentsAreValidRule.Instance, cost.Rule];
        _cachedGetRules = [.. _cachedPostRules, _getRule];
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.GetTypedHeaders().Accept;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = AllowedMethods;
            await _writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json, $"GraphQL is served over {AllowedMethods}, not {request.Method}.");
            return;
        }

        // A link to a saved query (documentId) is opened in a browser to see its answer, not the IDE.
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && GraphQLMediaTypes.PrefersHtml(accept))
        {
            context.Response.Redirect($"{request.PathBase}{request.Path}/");
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await _writer.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json, $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        // Past the output cache: this answer is computed, and costs the client more of its rate.
        if (_rate.Take(context, _rate.UncachedExtra) is { } retryAfter)
        {
            await RequestGates.RefuseAsync(context, _writer, mediaType, retryAfter, _limits);
            return;
        }

        GraphQLHttpRequest graphQLRequest;
        try
        {
            graphQLRequest = await _reader.ReadAsync(request);
        }
        catch (BadHttpRequestException e)
        {
            if (e is RefusedRequestException refused)
            {
                await _writer.WriteErrorAsync(context, e.StatusCode, mediaType, refused.Error);
            }
            else
            {
                await _writer.WriteErrorAsync(context, e.StatusCode, mediaType, e.Message);
            }

            return;
        }

        var userContext = new Dictionary<string, object?> { [SpanishIntrospection.LanguageKey] = RequestLanguage.Of(context) };
        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(context, graphQLRequest, userContext);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
            return;
        }
        finally
        {
            ExpensiveRequestGate.Release(userContext);
        }

        LimitErrors(result);
        if (result.Errors is { Count: > 0 })
        {
            context.Items[Hosting.RequestLog.ErrorsItem] = true;
        }

        var statusCode = GraphQLStatusCodes.For(result, mediaType);
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = AllowedMethods;
        }
        else if (statusCode == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        await _writer.WriteAsync(context, result, statusCode, mediaType);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, Dictionary<string, object?> userContext) =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = request.IsGet ? _getRules : _postRules,
            CachedDocumentValidationRules = request.IsGet ? _cachedGetRules : _cachedPostRules,
            UserContext = userContext,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            Timeout = TimeSpan.FromSeconds(_limits.ExecutionTimeoutSeconds),
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = UnhandledAsync,
        });

    private Task UnhandledAsync(UnhandledExceptionContext context)
    {
        if (context.OriginalException is Querying.QueryTimeoutException timeout)
        {
            context.Exception = new ExecutionError(timeout.Message) { Code = TimeoutCode };
            return Task.CompletedTask;
        }

        if (context.OriginalException is Querying.Sql.InvalidTextException invalid)
        {
            context.Exception = new ExecutionError(invalid.Message) { Code = Querying.Sql.InvalidTextException.Code };
            return Task.CompletedTask;
        }

        LogUnhandled(_logger, context.OriginalException);
        return Task.CompletedTask;
    }

    public const string TimeoutCode = "TIMEOUT";

    /// <summary>Keeps the first <c>Limits:MaxErrors</c> errors and says how many more there were.</summary>
    private void LimitErrors(ExecutionResult result)
    {
        if (result.Errors is { } errors && errors.Count > _limits.MaxErrors)
        {
            var more = errors.Count - _limits.MaxErrors;
            var kept = new ExecutionErrors();
            foreach (var error in errors.Take(_limits.MaxErrors))
            {
                kept.Add(error);
            }

            kept.Add(new LimitError("TOO_MANY_ERRORS", "Limits:MaxErrors", _limits.MaxErrors, errors.Count,
                $"{more} more errors were found; only the first {_limits.MaxErrors} are shown (Limits:MaxErrors)."));
            result.Errors = kept;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while executing a GraphQL request")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}

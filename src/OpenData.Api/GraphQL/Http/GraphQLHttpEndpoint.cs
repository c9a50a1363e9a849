using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): read the request, execute it, write the response.
/// Each stage is one call so request limits, caching or persisted queries can slot in between.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    ISchema schema,
    IDocumentExecuter executer,
    GraphQLHttpRequestReader reader,
    GraphQLResponseWriter writer,
    ILogger<GraphQLHttpEndpoint> logger)
{
    public const string AllowedMethods = "GET, POST";

    private static readonly IValidationRule[] _postRules = [.. DocumentValidator.CoreRules];
    private static readonly IValidationRule[] _getRules = [.. DocumentValidator.CoreRules, new QueryOnlyOverGetRule()];

    // A document from the cache passed the rules that read only the document; these read the request too.
    private static readonly IValidationRule[] _cachedPostRules = [FieldArgumentsAreValidRule.Instance];
    private static readonly IValidationRule[] _cachedGetRules = [FieldArgumentsAreValidRule.Instance, new QueryOnlyOverGetRule()];

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.GetTypedHeaders().Accept;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = AllowedMethods;
            await writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json, $"GraphQL is served over {AllowedMethods}, not {request.Method}.");
            return;
        }

        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && GraphQLMediaTypes.PrefersHtml(accept))
        {
            context.Response.Redirect($"{request.PathBase}{request.Path}/");
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json, $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        GraphQLHttpRequest graphQLRequest;
        try
        {
            graphQLRequest = await reader.ReadAsync(request);
        }
        catch (BadHttpRequestException e)
        {
            await writer.WriteErrorAsync(context, e.StatusCode, mediaType, e.Message);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest);
        var statusCode = StatusCodeFor(result, mediaType);
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = AllowedMethods;
        }

        await writer.WriteAsync(context, result, statusCode, mediaType);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = request.IsGet ? _getRules : _postRules,
            CachedDocumentValidationRules = request.IsGet ? _cachedGetRules : _cachedPostRules,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = LogUnhandledAsync,
        });

    private Task LogUnhandledAsync(UnhandledExceptionContext context)
    {
        logger.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A result that never reached execution (parse, validation or variable errors) is the client's
    /// fault: 400 with graphql-response+json, but 200 with application/json as the spec keeps for
    /// legacy clients. Anything that executed is 200, with errors beside the data.
    /// </summary>
    private static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => e is HttpMethodValidationError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.Any(e => e is UnhandledError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }
}

using GraphQL;
using GraphQL.Execution;
using GraphQL.PersistedDocuments;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.GraphQL.Http;

/// <summary>The status code of a GraphQL answer, as the GraphQL-over-HTTP draft asks.</summary>
internal static class GraphQLStatusCodes
{
    /// <summary>
    /// "294 Partial Success": data (even null) beside errors. The draft defines it for
    /// <c>application/graphql-response+json</c> only, whose clients read the body whatever the status; it is for
    /// logs, metrics and proxies, which can tell a partial answer from a whole one without reading it.
    /// </summary>
    public const int PartialSuccess = 294;

    /// <summary>
    /// A request stopped by the time limit or turned away as one expensive request too many: 503, try again. One that
    /// executed with errors: 294 with graphql-response+json, 200 with application/json, whose legacy clients may read
    /// only a 200. A saved query's id that names none: 404, whatever the media type, since it is the URL that is
    /// wrong, not a document; one that is malformed (<c>sha256:</c> and not 64 lower-case hex digits, or an unknown
    /// prefix): 400. Anything else that never reached execution (parse, validation, variable or limit errors) is the
    /// client's fault: 400 with graphql-response+json, but 200 with application/json as the spec keeps for legacy clients.
    /// </summary>
    public static int For(ExecutionResult result, string mediaType)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => e is TimeoutError || e.Code is GraphQLHttpEndpoint.TimeoutCode or ExpensiveRequestGate.BusyCode))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        var strict = mediaType == GraphQLMediaTypes.GraphQLResponse;
        if (result.Executed)
        {
            return strict ? PartialSuccess : StatusCodes.Status200OK;
        }

        return errors switch
        {
            _ when errors.Any(e => e is HttpMethodValidationError) => StatusCodes.Status405MethodNotAllowed,
            _ when errors.Any(e => e is UnhandledError) => StatusCodes.Status500InternalServerError,
            _ when errors.Any(e => e is DocumentNotFoundError) => StatusCodes.Status404NotFound,
            _ when errors.Any(e => e is DocumentIdInvalidError) => StatusCodes.Status400BadRequest,
            _ => strict ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        };
    }
}

using GraphQL;

namespace OpenData.Api.GraphQL.Http;

/// <summary>A request refused before it reached GraphQL, with the error its answer carries.</summary>
internal sealed class RefusedRequestException(ExecutionError error, int statusCode = StatusCodes.Status400BadRequest)
    : BadHttpRequestException(error.Message, statusCode)
{
    public ExecutionError Error { get; } = error;
}

using GraphQL;
using GraphQL.Execution;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// Hides everything about unexpected exceptions: their message, type-derived code and stack trace
/// can reveal internals (SQL, paths, library names). They are logged by the endpoint instead.
/// Errors raised on purpose (<see cref="ExecutionError"/>, parse and validation errors) pass through.
/// </summary>
internal sealed class GraphQLErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError) =>
        executionError is UnhandledError
            ? new ErrorInfo
            {
                Message = "Internal server error",
                Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode, ["codes"] = new[] { InternalErrorCode } },
            }
            : base.GetInfo(executionError);
}

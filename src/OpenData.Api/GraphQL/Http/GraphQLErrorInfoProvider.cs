using GraphQL;
using GraphQL.Execution;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// Hides everything about unexpected exceptions: their message, type-derived code and stack trace can reveal
/// internals (SQL, paths, library names); they are logged by the endpoint instead. Errors raised on purpose
/// (<see cref="ExecutionError"/>, parse and validation errors) pass through. Every error carries the request's
/// trace id, which its log line has too, and a refusal for a limit says which setting, what it allows and what
/// the request asked for. An answer in Spanish has our own messages in Spanish (<see cref="Languages.SpanishErrors"/>).
/// </summary>
internal sealed class GraphQLErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = executionError is UnhandledError
            ? new ErrorInfo
            {
                Message = "Internal server error",
                Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode, ["codes"] = new[] { InternalErrorCode } },
            }
            : base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        if (executionError is ILimitRefusal { Setting.Length: > 0 } refusal)
        {
            extensions["limit"] = refusal.Setting;
            extensions["allowed"] = refusal.Allowed;
            if (refusal.Requested is { } requested)
            {
                extensions["requested"] = requested;
            }
        }

        if (http.HttpContext is { } context)
        {
            extensions["traceId"] = context.TraceIdentifier;
            if (Languages.RequestLanguage.Of(context) == Languages.Language.Spanish && info.Message is { } message)
            {
                info.Message = Languages.SpanishErrors.Translate(message);
            }
        }

        info.Extensions = extensions;
        return info;
    }
}

using GraphQL;
using GraphQL.Validation;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// A refusal for passing one of the <see cref="RequestLimits"/>: its code names the limit, and the answer's
/// extensions say which setting it is (<c>limit</c>), what it allows (<c>allowed</c>) and, where it was counted,
/// what the request asked for (<c>requested</c>).
/// </summary>
public interface ILimitRefusal
{
    /// <summary>The setting under <c>Limits:</c>, e.g. <c>Limits:MaxAliases</c>.</summary>
    string Setting { get; }

    long Allowed { get; }

    long? Requested { get; }
}

/// <summary>A limit found before validation (size, tokens, nesting, the document's shape): a request error.</summary>
public sealed class LimitError : ExecutionError, ILimitRefusal
{
    public LimitError(string code, string setting, long allowed, long? requested, string message)
        : base(message)
    {
        Code = code;
        Setting = setting;
        Allowed = allowed;
        Requested = requested;
    }

    public string Setting { get; }

    public long Allowed { get; }

    public long? Requested { get; }
}

/// <summary>A limit found while validating (the cost, the rows an answer could hold): a validation error.</summary>
public sealed class LimitValidationError : ValidationError, ILimitRefusal
{
    public LimitValidationError(string code, string setting, long allowed, long? requested, string message)
        : base(message)
    {
        Code = code;
        Setting = setting;
        Allowed = allowed;
        Requested = requested;
    }

    public string Setting { get; }

    public long Allowed { get; }

    public long? Requested { get; }
}

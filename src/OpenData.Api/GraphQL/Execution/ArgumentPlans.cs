using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using OpenData.Api.GraphQL.Filtering;

namespace OpenData.Api.GraphQL.Execution;

/// <summary>
/// The query model each list field's arguments translate into, once per request and field: while the request is
/// validated, so that a filter that cannot run (too many decimals, out of range, too long a list) is a request
/// error (400) naming the argument, and found again when the field resolves. GraphQL.NET hands validation and
/// execution the same argument values, so they are the key. A document from the cache is not validated again;
/// its fields translate when they first resolve.
/// </summary>
public sealed class ArgumentPlans
{
    private readonly ConcurrentDictionary<object, object> _plans = new(ReferenceEqualityComparer.Instance);

    public T For<T>(IDictionary<string, ArgumentValue>? arguments, Func<T> translate)
        where T : class =>
        arguments is null ? translate() : (T)_plans.GetOrAdd(arguments, _ => translate());

    /// <summary>Makes <paramref name="field"/> translate its arguments at validation, reporting what cannot run as a validation error.</summary>
    public static void ValidateWith<T>(FieldType field, Func<IServiceProvider, IDictionary<string, ArgumentValue>?, T> translate)
        where T : class =>
        field.ValidateArguments = context =>
        {
            if (context.RequestServices?.GetService<ArgumentPlans>() is { } plans)
            {
                var services = context.RequestServices;
                var arguments = context.Arguments;
                try
                {
                    plans.For(arguments, () => translate(services, arguments));
                }
                catch (FilterException e)
                {
                    throw new ArgumentValidationError(e);
                }
            }

            return default;
        };
}

/// <summary>An argument that cannot run, found while validating: the translator's code and message, and its limit if one refused it.</summary>
public sealed class ArgumentValidationError : ValidationError, Limits.ILimitRefusal
{
    public ArgumentValidationError(FilterException error)
        : base(error.Message)
    {
        Code = error.Code;
        Setting = error.Setting ?? string.Empty;
        Allowed = error.Allowed ?? 0;
    }

    public string Setting { get; }

    public long Allowed { get; }

    public long? Requested => null;
}

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
/// execution the same argument values, so they are the key. A document from the cache is not validated again:
/// its fields translate when they first resolve, except those whose arguments read the request's variables,
/// which <see cref="DocumentCache"/> has translated before execution (<see cref="Check"/>).
/// </summary>
public sealed class ArgumentPlans
{
    private readonly ConcurrentDictionary<object, object> _plans = new(ReferenceEqualityComparer.Instance);

    public T For<T>(IDictionary<string, ArgumentValue>? arguments, Func<T> translate)
        where T : class =>
        arguments is null ? translate() : (T)_plans.GetOrAdd(arguments, _ => translate());

    /// <summary>Makes <paramref name="field"/> translate its arguments at validation, reporting what cannot run as a validation error.</summary>
    public static void ValidateWith<T>(FieldType field, Func<IServiceProvider, IDictionary<string, ArgumentValue>?, T> translate)
        where T : class
    {
        Func<IServiceProvider, IDictionary<string, ArgumentValue>?, object> untyped = (services, arguments) => translate(services, arguments);
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

                // For the document cache: which fields translate, should the next request's variables change their arguments.
                TranslatedFields(context.ValidationContext.UserContext).Add(new TranslatedField(context.FieldAst, untyped));
            }

            return default;
        };
    }

    /// <summary>The fields whose arguments translated while this request was validated.</summary>
    public static List<TranslatedField> TranslatedFields(IDictionary<string, object?> userContext)
    {
        if (userContext.TryGetValue(TranslatedKey, out var value) && value is List<TranslatedField> fields)
        {
            return fields;
        }

        fields = [];
        userContext[TranslatedKey] = fields;
        return fields;
    }

    /// <summary>
    /// Translates <paramref name="fields"/>' arguments as they were parsed for this request, as validation would:
    /// what cannot run is a request error, with the field's location, and the request is not executed.
    /// </summary>
    public static void Check(IReadOnlyList<TranslatedField> fields, IReadOnlyDictionary<GraphQLParser.AST.GraphQLField, IDictionary<string, ArgumentValue>>? argumentValues, global::GraphQL.Execution.IExecutionContext context)
    {
        if (context.RequestServices?.GetService<ArgumentPlans>() is not { } plans)
        {
            return;
        }

        var services = context.RequestServices;
        foreach (var field in fields)
        {
            var arguments = argumentValues is not null && argumentValues.TryGetValue(field.Node, out var parsed) ? parsed : null;
            try
            {
                plans.For(arguments, () => field.Translate(services, arguments));
            }
            catch (FilterException e)
            {
                context.Errors.Add(global::GraphQL.ExecutionErrorExtensions.AddLocation(new ArgumentValidationError(e), field.Node, context.Document));
            }
        }
    }

    private const string TranslatedKey = "OpenData:TranslatedFields";
}

/// <summary>A field in a document and the translation of its arguments into the query model.</summary>
public sealed record TranslatedField(GraphQLParser.AST.GraphQLField Node, Func<IServiceProvider, IDictionary<string, ArgumentValue>?, object> Translate);

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

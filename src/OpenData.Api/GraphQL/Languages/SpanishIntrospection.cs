using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace OpenData.Api.GraphQL.Languages;

/// <summary>
/// Introspection in the request's language. There is one schema, in English; what introspection says of a
/// description (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>, <c>__EnumValue</c>,
/// <c>__Directive</c>) passes through <see cref="SpanishDescriptions"/> when the request is in Spanish. So a Spanish
/// client costs no second schema, and no query but introspection does any more work.
/// </summary>
public static class SpanishIntrospection
{
    /// <summary>The key in a request's user context that holds its <see cref="Language"/>.</summary>
    public const string LanguageKey = "opendata.language";

    private static readonly string[] _introspectionTypes = ["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive"];

    /// <summary>Wraps the description resolvers of <paramref name="types"/>' introspection types (once, as the schema's types are made).</summary>
    public static void Install(SchemaTypes types)
    {
        foreach (var name in _introspectionTypes)
        {
            if (types[name] is IComplexGraphType type && type.GetField("description") is { } field)
            {
                var english = field.Resolver ?? NameFieldResolver.Instance;
                field.Resolver = new FuncFieldResolver<object?>(async context =>
                {
                    var value = await english.ResolveAsync(context).ConfigureAwait(false);
                    return value is string text && Of(context) == Language.Spanish && SpanishDescriptions.Table.TryGetValue(text, out var spanish) ? spanish : value;
                });
            }
        }
    }

    private static Language Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(LanguageKey, out var value) && value is Language language ? language : Language.English;
}

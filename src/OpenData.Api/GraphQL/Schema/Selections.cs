using GraphQL;
using GraphQLParser.AST;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// The names a query selects under a field, through inline fragments and fragment spreads, so resolvers
/// can ask SQL for just those columns and aggregates.
/// </summary>
public static class Selections
{
    /// <summary>The fields selected under the current field, keyed by name (repeated selections merged).</summary>
    public static ILookup<string, GraphQLField> Children(IResolveFieldContext context) => Children(context, context.FieldAst);

    public static ILookup<string, GraphQLField> Children(IResolveFieldContext context, GraphQLField field) =>
        Fields(context, field.SelectionSet).ToLookup(f => f.Name.StringValue);

    /// <summary>The fields selected at a path below the current field, e.g. ("nodes") or ("edges", "node").</summary>
    public static IEnumerable<GraphQLField> At(IResolveFieldContext context, params string[] path)
    {
        IEnumerable<GraphQLField> level = [context.FieldAst];
        foreach (var name in path)
        {
            level = level.SelectMany(f => Fields(context, f.SelectionSet)).Where(f => f.Name.StringValue == name);
        }

        return level.SelectMany(f => Fields(context, f.SelectionSet));
    }

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var inner in Fields(context, inline.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    foreach (var inner in Fields(context, fragment?.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}

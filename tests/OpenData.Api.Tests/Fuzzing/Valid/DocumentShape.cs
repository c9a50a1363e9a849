using GraphQLParser;
using GraphQLParser.AST;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// A document's size by the measures the server's limits use, taken from its parsed form rather than from the
/// generator's own bookkeeping, so a test can show the valid set really is inside the limits.
/// </summary>
public sealed record DocumentShape(int Depth, int Fields, int RootFields, int Aliases, int Directives, int SelectionNesting, int ValueNesting, int LongestList, bool FirstAndLast)
{
    public static DocumentShape Of(string document)
    {
        var parsed = Parser.Parse(document);
        var fragments = parsed.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var operations = parsed.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var sets = parsed.Definitions.Select(d => d switch
        {
            GraphQLOperationDefinition operation => operation.SelectionSet,
            GraphQLFragmentDefinition fragment => fragment.SelectionSet,
            _ => null,
        }).OfType<GraphQLSelectionSet>().ToList();
        var fields = sets.SelectMany(AllFields).ToList();
        var values = fields.SelectMany(f => f.Arguments?.Items ?? []).Select(a => a.Value).ToList();
        return new DocumentShape(
            operations.Max(o => FieldDepth(o.SelectionSet, fragments)),
            operations.Max(o => Count(o.SelectionSet, fragments)),
            operations.Max(o => Expand(o.SelectionSet, fragments).Count()),
            fields.Count(f => f.Alias is not null),
            CountDirectives(sets),
            sets.Max(Nesting),
            values.Count == 0 ? 0 : values.Max(ValueDepth),
            values.Count == 0 ? 0 : values.Max(ListLength),
            fields.Any(f => f.Arguments?.Items.Any(a => a.Name.StringValue == "first") == true && f.Arguments.Items.Any(a => a.Name.StringValue == "last")));
    }

    /// <summary>The fields a selection set has once fragments are spread into it.</summary>
    private static IEnumerable<GraphQLField> Expand(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments) =>
        set.Selections.SelectMany(selection => selection switch
        {
            GraphQLField field => [field],
            GraphQLInlineFragment inline => Expand(inline.SelectionSet, fragments),
            GraphQLFragmentSpread spread => Expand(fragments[spread.FragmentName.Name.StringValue].SelectionSet, fragments),
            _ => [],
        });

    private static int FieldDepth(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments) =>
        Expand(set, fragments).Select(f => 1 + (f.SelectionSet is null ? 0 : FieldDepth(f.SelectionSet, fragments))).DefaultIfEmpty(0).Max();

    private static int Count(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments) =>
        Expand(set, fragments).Sum(f => 1 + (f.SelectionSet is null ? 0 : Count(f.SelectionSet, fragments)));

    /// <summary>Every field written in the document (not expanded), with those of inline fragments and sub-selections.</summary>
    private static IEnumerable<GraphQLField> AllFields(GraphQLSelectionSet set) =>
        set.Selections.SelectMany(node => node switch
        {
            GraphQLField field => field.SelectionSet is null ? [field] : [field, .. AllFields(field.SelectionSet)],
            GraphQLInlineFragment inline => AllFields(inline.SelectionSet),
            _ => [],
        });

    private static int CountDirectives(IEnumerable<GraphQLSelectionSet> sets) => sets.Sum(set => set.Selections.Sum(node => node switch
    {
        GraphQLField field => (field.Directives?.Count ?? 0) + (field.SelectionSet is null ? 0 : CountDirectives([field.SelectionSet])),
        GraphQLInlineFragment inline => (inline.Directives?.Count ?? 0) + CountDirectives([inline.SelectionSet]),
        GraphQLFragmentSpread spread => spread.Directives?.Count ?? 0,
        _ => 0,
    }));

    /// <summary>How deep selection sets nest in one definition, inline fragments included.</summary>
    private static int Nesting(GraphQLSelectionSet set) => 1 + set.Selections.Select(node => node switch
    {
        GraphQLField { SelectionSet: { } child } => Nesting(child),
        GraphQLInlineFragment inline => Nesting(inline.SelectionSet),
        _ => 0,
    }).DefaultIfEmpty(0).Max();

    private static int ValueDepth(GraphQLValue value) => value switch
    {
        GraphQLListValue list => 1 + (list.Values ?? []).Select(ValueDepth).DefaultIfEmpty(0).Max(),
        GraphQLObjectValue map => 1 + (map.Fields ?? []).Select(f => ValueDepth(f.Value)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static int ListLength(GraphQLValue value) => value switch
    {
        GraphQLListValue list => Math.Max(list.Values?.Count ?? 0, (list.Values ?? []).Select(ListLength).DefaultIfEmpty(0).Max()),
        GraphQLObjectValue map => (map.Fields ?? []).Select(f => ListLength(f.Value)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}

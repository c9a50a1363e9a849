using GraphQLParser.AST;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// Checks a parsed document's shape before GraphQL.NET validates it: aliases, directives, root fields, field
/// selections and depth with every fragment expanded, and introspection. A fragment's counts are worked out once
/// and reused wherever it is spread, so a fragment bomb (each fragment spreading the last twice) is measured in
/// linear time, and refused before validation — whose field merging is quadratic — or execution sees it.
/// </summary>
public sealed class DocumentShape
{
    private readonly RequestLimits _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<string, Counts> _memo = [];
    private readonly Dictionary<string, int> _introspectionMemo = [];
    private readonly Dictionary<string, long> _rootMemo = [];
    private readonly HashSet<string> _visiting = [];

    private DocumentShape(GraphQLDocument document, RequestLimits limits)
    {
        _limits = limits;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    public static void Check(GraphQLDocument document, RequestLimits limits)
    {
        var (aliases, directives) = CountAliasesAndDirectives(document);
        Refuse(aliases > limits.MaxAliases, "TOO_MANY_ALIASES", "Limits:MaxAliases", limits.MaxAliases, aliases, $"The document has {aliases} aliases; at most {limits.MaxAliases} are allowed");
        Refuse(directives > limits.MaxDirectives, "TOO_MANY_DIRECTIVES", "Limits:MaxDirectives", limits.MaxDirectives, directives, $"The document has {directives} directives; at most {limits.MaxDirectives} are allowed");

        var shape = new DocumentShape(document, limits);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var name = operation.Name is { } n ? $"Operation {n.StringValue}" : "The operation";
            var roots = shape.RootFields(operation.SelectionSet);
            Refuse(roots > limits.MaxRootFields, "TOO_MANY_ROOT_FIELDS", "Limits:MaxRootFields", limits.MaxRootFields, roots, $"{name} has {roots} root fields; at most {limits.MaxRootFields} are allowed");
            var counts = shape.Count(operation.SelectionSet);
            Refuse(counts.Fields > limits.MaxFields, "TOO_MANY_FIELDS", "Limits:MaxFields", limits.MaxFields, counts.Fields, $"{name} selects {Shown(counts.Fields)} fields once its fragments are expanded; at most {limits.MaxFields} are allowed");
            Refuse(counts.Depth > limits.MaxDepth, "QUERY_TOO_DEEP", "Limits:MaxDepth", limits.MaxDepth, counts.Depth, $"{name} nests fields {counts.Depth} deep; at most {limits.MaxDepth} levels are allowed");
            Refuse(counts.Schemas > 1 || counts.Types > 1, "INTROSPECTION_REPEATED", "Limits:Introspection", 1, Math.Max(counts.Schemas, counts.Types), $"{name} asks for __schema or __type more than once; each may be asked for once");
            Refuse(counts.IntrospectionDepth > limits.MaxIntrospectionDepth, "INTROSPECTION_TOO_DEEP", "Limits:MaxIntrospectionDepth", limits.MaxIntrospectionDepth, counts.IntrospectionDepth,
                $"{name} nests introspection's fields {counts.IntrospectionDepth} deep; at most {limits.MaxIntrospectionDepth} are allowed");
        }
    }

    private static string Shown(long count) => count > int.MaxValue ? "more than 2,147,483,647" : count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static void Refuse(bool refused, string code, string setting, long allowed, long requested, string message)
    {
        if (refused)
        {
            throw new LimitError(code, setting, allowed, requested, $"{message} ({setting}).");
        }
    }

    private static (int Aliases, int Directives) CountAliasesAndDirectives(GraphQLDocument document)
    {
        var aliases = 0;
        var directives = 0;
        var pending = new Stack<ASTNode>(document.Definitions);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IHasDirectivesNode { Directives: { } found })
            {
                directives += found.Items.Count;
            }

            switch (node)
            {
                case GraphQLField field:
                    aliases += field.Alias is null ? 0 : 1;
                    Push(pending, field.SelectionSet);
                    break;
                case GraphQLOperationDefinition operation:
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        directives += variable.Directives?.Items.Count ?? 0;
                    }

                    Push(pending, operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Push(pending, fragment.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Push(pending, inline.SelectionSet);
                    break;
            }
        }

        return (aliases, directives);
    }

    private static void Push(Stack<ASTNode> pending, GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            pending.Push(selection);
        }
    }

    private long RootFields(GraphQLSelectionSet set)
    {
        long roots = 0;
        foreach (var selection in set.Selections)
        {
            roots = Add(roots, selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => RootFields(inline.SelectionSet),
                GraphQLFragmentSpread spread => RootFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            });
        }

        return roots;
    }

    private long RootFragment(string name)
    {
        if (_rootMemo.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
        {
            return 0;
        }

        var roots = RootFields(fragment.SelectionSet);
        _visiting.Remove(name);
        _rootMemo[name] = roots;
        return roots;
    }

    private Counts Count(GraphQLSelectionSet? set)
    {
        var counts = Counts.None;
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    var inner = Count(field.SelectionSet);
                    if (name is "__schema" or "__type")
                    {
                        counts = counts.With(new Counts(Add(inner.Fields, 1), 1, name == "__schema" ? 1 : 0, name == "__type" ? 1 : 0, IntrospectionFields(field.SelectionSet)));
                    }
                    else
                    {
                        counts = counts.With(inner with { Fields = Add(inner.Fields, 1), Depth = inner.Depth + 1, IntrospectionDepth = inner.IntrospectionDepth });
                    }

                    break;
                case GraphQLInlineFragment inline:
                    counts = counts.With(Count(inline.SelectionSet));
                    break;
                case GraphQLFragmentSpread spread:
                    counts = counts.With(Fragment(spread.FragmentName.Name.StringValue));
                    break;
            }
        }

        return counts;
    }

    private Counts Fragment(string name)
    {
        if (_memo.TryGetValue(name, out var known))
        {
            return known;
        }

        // An unknown fragment or a cycle is validation's to report; it adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
        {
            return Counts.None;
        }

        var counts = Count(fragment.SelectionSet);
        _visiting.Remove(name);
        _memo[name] = counts;
        return counts;
    }

    /// <summary>The most `fields` selections inside one another below an introspection field, fragments expanded.</summary>
    private int IntrospectionFields(GraphQLSelectionSet? set)
    {
        var deepest = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            deepest = Math.Max(deepest, selection switch
            {
                GraphQLField field => (field.Name.StringValue == "fields" ? 1 : 0) + IntrospectionFields(field.SelectionSet),
                GraphQLInlineFragment inline => IntrospectionFields(inline.SelectionSet),
                GraphQLFragmentSpread spread => IntrospectionFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            });
        }

        return deepest;
    }

    private int IntrospectionFragment(string name)
    {
        if (_introspectionMemo.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
        {
            return 0;
        }

        var deepest = IntrospectionFields(fragment.SelectionSet);
        _visiting.Remove(name);
        _introspectionMemo[name] = deepest;
        return deepest;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>What a selection set holds once expanded: fields, depth, introspection fields and their depth.</summary>
    private sealed record Counts(long Fields, int Depth, long Schemas, long Types, int IntrospectionDepth)
    {
        public static Counts None { get; } = new(0, 0, 0, 0, 0);

        public Counts With(Counts other) => new(
            Add(Fields, other.Fields),
            Math.Max(Depth, other.Depth),
            Add(Schemas, other.Schemas),
            Add(Types, other.Types),
            Math.Max(IntrospectionDepth, other.IntrospectionDepth));
    }
}

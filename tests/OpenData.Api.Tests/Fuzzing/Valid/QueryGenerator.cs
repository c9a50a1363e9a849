using System.Text;
using System.Text.Json.Nodes;
using OpenData.Api.Tests.Fuzzing.Schema;
using static OpenData.Api.Tests.Fuzzing.Valid.QueryLimits;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>A generated operation: the document, the variables' JSON and the operation to run.</summary>
public sealed record GeneratedQuery(string Document, JsonObject Variables, string? OperationName);

/// <summary>
/// Writes a random valid query from the introspected schema: a random subset of each object type's fields,
/// recursing into object fields (connections are objects like any other), with arguments from their declared
/// types, aliases, inline and named fragments, @include/@skip and variables, inside <see cref="QueryLimits"/>.
/// Response names never repeat within a selection set (fragments included), so fields always merge.
/// </summary>
public sealed partial class QueryGenerator
{
    private readonly IntrospectedSchema _schema;
    private readonly Rng _rng;
    private readonly Variables _variables = new();
    private readonly ValueGenerator _values;
    private readonly List<string> _fragments = [];
    private readonly int _fieldTarget;
    private int _fields;
    private int _aliases;
    private int _directives;
    private long _rows;
    private long _cost;

    private QueryGenerator(IntrospectedSchema schema, Rng rng, int fieldTarget)
    {
        _schema = schema;
        _rng = rng;
        _fieldTarget = fieldTarget;
        _values = new ValueGenerator(schema, rng, _variables);
    }

    /// <summary>A query inside the limits; one that comes out too long is written again with fewer fields.</summary>
    public static GeneratedQuery Generate(IntrospectedSchema schema, Rng rng)
    {
        for (var target = rng.Skewed(1, MaxFields); ; target = Math.Max(1, target / 2))
        {
            var query = new QueryGenerator(schema, rng, target).Operation();
            if (query.Document.Length <= MaxDocumentLength && DocumentTokens.Count(query.Document) <= MaxTokens)
            {
                return query;
            }
        }
    }

    private GeneratedQuery Operation()
    {
        var selection = SelectionSet(_schema.Query, new Level(1, 0, 1, null), _rng.Between(1, MaxRootFields));
        var name = _rng.Chance(0.4) ? "Fuzz" : null;
        var definitions = new List<string>(_fragments)
        {
            name is not null || _variables.Count > 0 || _rng.Chance(0.3) ? $"query {name}{_variables.Declarations} {selection}" : selection,
        };
        var another = name is not null && _rng.Chance(0.15);
        if (another)
        {
            definitions.Add("query Other { __typename }");
        }

        var operationName = another || (name is not null && _rng.Chance(0.5)) ? name : null;
        return new GeneratedQuery(string.Join(_rng.Chance(0.5) ? "\n" : " ", _rng.Shuffle(definitions)), _variables.Values, operationName);
    }

    private string SelectionSet(SchemaType type, Level level, int room)
    {
        var scope = new Scope(room, level.Multiplier);
        var text = new StringBuilder("{");
        Selections(type, level, scope, text, fragmentNesting: 0);
        if (scope.Selected == 0)
        {
            Fallback(type, scope, text);
        }

        return text.Append(" }").ToString();
    }

    private void Selections(SchemaType type, Level level, Scope scope, StringBuilder text, int fragmentNesting)
    {
        var fields = new Queue<SchemaField>(_rng.Shuffle(type.Fields));
        var items = _rng.Skewed(1, 8);
        for (var i = 0; i < items && _fields < _fieldTarget && scope.Room > 0; i++)
        {
            var roll = _rng.Between(0, 99);
            if (roll < 5 && TypenameAllowed(type))
            {
                Typename(scope, text);
            }
            else if (roll < 11 && fragmentNesting < 2)
            {
                InlineFragment(type, level, scope, text, fragmentNesting + 1);
            }
            else if (roll < 16 && fragmentNesting < 2)
            {
                NamedFragment(type, level, scope, text, fragmentNesting + 1);
            }
            else
            {
                while (fields.TryDequeue(out var field) && !Field(field, level, scope, text))
                {
                }
            }
        }
    }

    private bool Field(SchemaField field, Level level, Scope scope, StringBuilder text)
    {
        var type = _schema.TypeOf(field.Type);
        var composite = type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
        var list = field.Type.ListDepth > 0;
        if ((composite && (level.Depth >= MaxDepth || _fields + 2 > _fieldTarget)) || (list && level.Lists >= MaxListLevels))
        {
            return false;
        }

        int? page = field.Arg("first") is not null || field.Arg("last") is not null ? _rng.Between(0, MaxPage) : null;
        var multiplier = list ? level.Multiplier * (page ?? level.Page ?? DefaultPage) : level.Multiplier;
        if ((list && _rows + multiplier > MaxRows) || _cost + level.Multiplier > MaxCost)
        {
            return false;
        }

        var conflict = scope.Names.Contains(field.Name);
        if ((conflict || _rng.Chance(0.1)) && _aliases < MaxAliases)
        {
            text.Append(" a").Append(_aliases).Append(':');
            scope.Names.Add($"a{_aliases++}");
        }
        else if (conflict)
        {
            return false;
        }
        else
        {
            scope.Names.Add(field.Name);
        }

        scope.Selected++;
        _fields++;
        _cost += level.Multiplier;
        _rows += list ? multiplier : 0;
        text.Append(' ').Append(field.Name).Append(Arguments(field, page));
        Directive(text);
        if (composite)
        {
            var child = new Level(level.Depth + 1, level.Lists + (list ? 1 : 0), multiplier, list ? null : page);
            text.Append(' ').Append(SelectionSet(type, child, int.MaxValue));
        }

        return true;
    }

    private string Arguments(SchemaField field, int? page)
    {
        var arguments = new List<string>();
        if (page is { } size)
        {
            var name = field.Arg("first") is not null && (field.Arg("last") is null || _rng.Chance(0.7)) ? "first" : "last";
            arguments.Add($"{name}: {_values.PagingNumber(field.Arg(name)!.Type, size).Literal()}");
        }

        arguments.AddRange(LookupArguments.For(field, _rng));
        foreach (var argument in field.Args)
        {
            switch (argument.Name)
            {
                case "first" or "last":
                case var _ when LookupArguments.Handles(field, argument):
                    break;
                case "after" or "before":
                    // Only cursors the server hands out: any other string is an error by design.
                    if (_rng.Chance(0.1))
                    {
                        arguments.Add($"{argument.Name}: \"{Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{_rng.Between(0, 30)}"))}\"");
                    }

                    break;
                default:
                    if (argument.Type.IsNonNull || _rng.Chance(0.4))
                    {
                        arguments.Add($"{argument.Name}: {_values.Argument(argument).Literal()}");
                    }

                    break;
            }
        }

        return arguments.Count == 0 ? string.Empty : $"({string.Join(", ", _rng.Shuffle(arguments))})";
    }

    /// <summary>Where a selection set sits: its field depth, the lists above it, their pages multiplied, and a connection's page.</summary>
    private readonly record struct Level(int Depth, int Lists, long Multiplier, int? Page);

    /// <summary>The response names taken in one merged selection set, and how many more selections it may have.</summary>
    private sealed class Scope(int room, long multiplier)
    {
        /// <summary>What each field selected here adds to the cost: the rows of the lists above it.</summary>
        public long Multiplier { get; } = multiplier;

        public HashSet<string> Names { get; } = [];

        public int Selected { get; set; }

        public int Room => room - Selected;
    }
}

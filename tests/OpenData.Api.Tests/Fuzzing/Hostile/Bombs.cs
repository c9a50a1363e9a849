using System.Globalization;
using System.Text;
using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>Requests built to cost the server: deep, wide, repeated or exponential.</summary>
public static class Bombs
{
    /// <summary>
    /// A fragment bomb expands to width^levels fields: up to 2^30 (levels 10–30 of width 2, up to 18 of width 3).
    /// Before the server counted fragments once each (Limits:MaxFields), it spun on past about 2^24.
    /// </summary>
    public const int MaxFragmentBombFields = 1 << 30;

    /// <summary>Real deep chains multiply their lists' rows: any number of nested lists, as the cost limit bounds them.</summary>
    public const int MaxListsInRealChain = 100;

    public static HostilePayload DeepSelections(HostileContext context)
    {
        var rng = context.Rng;
        var depth = rng.Between(64, 500);
        return rng.Between(0, 2) switch
        {
            0 => new HostilePayload($"{{{Repeat(" a {", depth)} b{Repeat(" }", depth)} }}"),
            1 => new HostilePayload($"{{{Repeat(" ... on Query {", depth)} __typename{Repeat(" }", depth)} }}"),
            _ => new HostilePayload(RealChain(context, rng.Between(13, 100))),
        };
    }

    public static HostilePayload DeepFilters(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var depth = rng.Between(40, 200);
        var leaf = target.IntFilters.Count > 0 ? $"{{ {rng.Pick(target.IntFilters)}: {{ eq: 1 }} }}" : "{}";
        var (open, close) = rng.Between(0, 2) switch
        {
            0 => ("{ not: ", " }"),
            1 => ("{ and: [", "] }"),
            _ => ("{ or: [", "] }"),
        };
        return new HostilePayload($"{{ {target.Field}(where: {Repeat(open, depth)}{leaf}{Repeat(close, depth)}) {{ {target.Leaf} }} }}");
    }

    public static HostilePayload DeepListValues(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var depth = rng.Between(40, 500);
        var value = $"{Repeat("[", depth)}1{Repeat("]", depth)}";
        var argument = rng.Between(0, 2) switch
        {
            0 => $"first: {value}",
            1 when target.IntFilters.Count > 0 => $"where: {{ {rng.Pick(target.IntFilters)}: {{ in: {value} }} }}",
            _ => $"order: {value.Replace("1", "{}", StringComparison.Ordinal)}",
        };
        return new HostilePayload($"{{ {target.Field}({argument}) {{ {target.Leaf} }} }}");
    }

    public static HostilePayload DeepVariables(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var depth = rng.Between(10, 200);
        var (open, close) = rng.Chance(0.5) ? ("{\"not\":", "}") : ("{\"and\":[", "]}");
        var json = rng.Chance(0.8) ? $"{Repeat(open, depth)}{{}}{Repeat(close, depth)}" : $"{Repeat("[", depth)}{Repeat("]", depth)}";
        return new HostilePayload($"query($w: {target.FilterType}) {{ {target.Field}(where: $w) {{ {target.Leaf} }} }}", $"{{\"w\":{json}}}");
    }

    public static HostilePayload ManyAliases(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var cheap = rng.Chance(0.5);
        var count = cheap ? context.Count(100, 10_000, 18) : context.Count(100, 2_000, 40 + target.Field.Length);
        var field = cheap ? "__typename" : $"{target.Field}(first: 1) {{ {target.Leaf} }}";
        return new HostilePayload($"{{{string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}: {field}"))} }}");
    }

    public static HostilePayload RepeatedFields(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var field = rng.Chance(0.5) ? "__typename" : $"{target.Field} {{ {target.Leaf} }}";
        return new HostilePayload($"{{{Repeat(" " + field, context.Count(500, 5_000, field.Length + 1))} }}");
    }

    public static HostilePayload FragmentBomb(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var width = rng.Chance(0.8) ? 2 : 3;
        var levels = rng.Between(10 * 2 / width, (int)Math.Log(MaxFragmentBombFields, width));
        var fragments = new StringBuilder($"fragment F0 on Query {{ {(rng.Chance(0.5) ? "__typename" : $"{target.Field}(first: 1) {{ {target.Leaf} }}")} }}");
        for (var level = 1; level <= levels; level++)
        {
            fragments.Append(CultureInfo.InvariantCulture, $" fragment F{level} on Query {{{Repeat($" ...F{level - 1}", width)} }}");
        }

        return new HostilePayload($"{{ ...F{levels} }} {fragments}");
    }

    public static HostilePayload WideOr(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var field = target.IntFilters.Count > 0 ? rng.Pick(target.IntFilters) : "id";
        var count = context.Count(500, 3_000, 22 + field.Length);
        var conditions = string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{ {field}: {{ eq: {i} }} }}"));
        return new HostilePayload($"{{ {target.Field}(where: {{ {rng.Pick(["or", "and"])}: [{conditions}] }}) {{ {target.Leaf} }} }}");
    }

    public static HostilePayload HugeIn(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var field = target.IntFilters.Count > 0 ? rng.Pick(target.IntFilters) : "id";
        if (rng.Chance(0.7))
        {
            var values = string.Join(',', Enumerable.Range(0, context.Count(1_000, 40_000, 2)).Select(_ => rng.Between(0, 9)));
            return new HostilePayload($"query($v: [Int]) {{ {target.Field}(where: {{ {field}: {{ in: $v }} }}) {{ {target.Leaf} }} }}", $"{{\"v\":[{values}]}}");
        }

        var literal = string.Join(", ", Enumerable.Range(0, context.Count(1_000, 10_000, 5)).Select(i => i));
        return new HostilePayload($"{{ {target.Field}(where: {{ {field}: {{ nin: [{literal}] }} }}) {{ {target.Leaf} }} }}");
    }

    public static HostilePayload LongLine(HostileContext context)
    {
        var rng = context.Rng;
        var length = rng.Skewed(10_000, 90_000);
        return new HostilePayload(rng.Between(0, 4) switch
        {
            0 => $"{{ __typename{new string(' ', length)}}}}}",
            1 => $"{{ __typename{new string(',', length)}}}}}",
            2 => $"{{ department(code: \"{new string('a', length)}) {{ name }} }}",
            3 => $"{{ {new string('a', length)} {{",
            _ => $"#{new string('x', length)}\n{{ __typename }}}}",
        });
    }

    /// <summary>
    /// A valid-typed chain of object fields from the root, as deep as asked: every step is a real field (lookups get
    /// a real-looking code), so the server parses, validates and may run all of it.
    /// </summary>
    private static string RealChain(HostileContext context, int depth)
    {
        var rng = context.Rng;
        var type = context.Schema.Query;
        var opened = 0;
        var lists = 0;
        var text = new StringBuilder("{");
        for (; opened < depth; opened++)
        {
            var steps = type.Fields.Where(f => Composite(context.Schema, f) && f.Args.All(a => !a.Type.IsNonNull || a.Type.NamedType == "String")
                && (lists < MaxListsInRealChain || f.Type.ListDepth == 0)).ToList();
            if (steps.Count == 0)
            {
                break;
            }

            var step = rng.Pick(steps);
            lists += step.Type.ListDepth > 0 ? 1 : 0;
            var arguments = string.Join(", ", step.Args.Where(a => a.Type.IsNonNull).Select(a => $"{a.Name}: \"17\""));
            text.Append(' ').Append(step.Name).Append(arguments.Length > 0 ? $"({arguments})" : string.Empty).Append(" {");
            type = context.Schema.TypeOf(step.Type);
        }

        return text.Append(" __typename").Append(Repeat(" }", opened)).Append(" }").ToString();
    }

    private static bool Composite(IntrospectedSchema schema, SchemaField field) =>
        schema.TypeOf(field.Type).Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}

using System.Text;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>Valid requests spoiled: cut short, bytes changed, numbers made huge, characters no one should send.</summary>
public static class Mutations
{
    private static readonly string[] _hugeNumbers =
    [
        "1e400", "-1e400", "1e-400", "99999999999999999999", "-2147483649", "2147483648", "9223372036854775808", "1e17", "-1e17",
        "79228162514264337593543950336", "0.000000000000000000000000000001", "123456789012345678901234567890.12", "1.7976931348623157e309", "0e99999999",
    ];

    /// <summary>Characters at the edges of Unicode and of what JSON and GraphQL accept, raw (a lone surrogate goes as a JSON escape).</summary>
    private static readonly string[] _edgeCharacters =
    [
        "\ud800", "\udfff", "\udc00\ud800", "\ud83d", "\ufffe", "\uffff", "\0", "\u202e", "\u200f", "\ufeff", "\u2028", "\u0085", "\u0301\u0301\u0301",
        "e" + new string('\u0301', 300), "\ud83d\ude00", "\U0010FFFF",
    ];

    /// <summary>The same edges written as GraphQL string escapes, for inside a string literal.</summary>
    private static readonly string[] _edgeEscapes = [@"\ud800", @"\udfff\ud800", @"\u{110000}", @"\u{D800}", @"\u{0}", @"\u0000", @"\uD83D\uDE00", @"\u{1F600}", @"\x41", @"\"];

    private static readonly byte[][] _badBytes =
        [[0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xE2, 0x82], [0x00], "\""u8.ToArray(), "\\"u8.ToArray(), "{"u8.ToArray(), "]"u8.ToArray()];

    private static readonly string[] _wrongValues =
        ["\"abc\"", "{}", "[]", "[1,2]", "{\"nope\":1}", "true", "1.5", "null", "\"2021-13-45\"", "{\"line\":{\"eq\":\"x\"}}", "{\"not\":[]}", "{\"and\":{}}", "[[[]]]", "-0", "1e400"];

    public static HostilePayload Truncated(HostileContext context)
    {
        var rng = context.Rng;
        if (rng.Chance(0.5))
        {
            var body = context.ValidBody();
            return HostilePayload.Raw(body[..rng.Between(0, body.Length - 1)]);
        }

        var valid = context.ValidPayload();
        return valid with { Query = valid.Query[..rng.Between(0, valid.Query.Length - 1)] };
    }

    public static HostilePayload ByteFlips(HostileContext context)
    {
        var rng = context.Rng;
        var body = context.ValidBody().ToList();
        for (var edits = rng.Between(1, 8); edits > 0 && body.Count > 0; edits--)
        {
            var at = rng.Between(0, body.Count - 1);
            switch (rng.Between(0, 3))
            {
                case 0:
                    body[at] ^= (byte)(1 << rng.Between(0, 7));
                    break;
                case 1:
                    body[at] = rng.Byte();
                    break;
                case 2:
                    body.RemoveAt(at);
                    break;
                default:
                    body.InsertRange(at, rng.Pick(_badBytes));
                    break;
            }
        }

        return HostilePayload.Raw([.. body]);
    }

    public static HostilePayload HugeNumbers(HostileContext context)
    {
        var rng = context.Rng;
        var huge = rng.Pick(_hugeNumbers);
        var valid = context.ValidPayload();
        var numbers = Literals.Numbers(valid.Query);
        if (numbers.Count > 0 && rng.Chance(0.5))
        {
            var (start, length) = rng.Pick(numbers);
            return valid with { Query = valid.Query[..start] + huge + valid.Query[(start + length)..] };
        }

        var target = context.Target();
        var (scalar, fields) = target.DecimalFilters.Count > 0 && rng.Chance(0.5) ? ("Decimal", target.DecimalFilters) : ("Int", target.IntFilters);
        var argument = fields.Count == 0 || rng.Chance(0.3)
            ? $"{rng.Pick(["first", "last"])}: $v"
            : $"where: {{ {rng.Pick(fields)}: {{ {rng.Pick(["eq", "gt", "lte", "in"])}: $v }} }}";
        var type = argument.StartsWith("where", StringComparison.Ordinal) ? scalar : "Int";
        if (argument.Contains("in:", StringComparison.Ordinal))
        {
            type = $"[{type}]";
            huge = $"[{huge}]";
        }

        return rng.Chance(0.5)
            ? new HostilePayload($"query($v: {type}) {{ {target.Field}({argument}) {{ {target.Leaf} }} }}", $"{{\"v\":{huge}}}")
            : new HostilePayload($"{{ {target.Field}({argument.Replace("$v", huge, StringComparison.Ordinal)}) {{ {target.Leaf} }} }}");
    }

    public static HostilePayload UnicodeEdges(HostileContext context)
    {
        var rng = context.Rng;
        var valid = context.ValidPayload();
        var edge = rng.Pick(_edgeCharacters);
        switch (rng.Between(0, 5))
        {
            case 0:
                var at = rng.Between(0, valid.Query.Length);
                return valid with { Query = valid.Query[..at] + edge + valid.Query[at..] };
            case 1 when Literals.StringStarts(valid.Query) is { Count: > 0 } starts:
                var inside = rng.Pick(starts);
                return valid with { Query = valid.Query[..inside] + (rng.Chance(0.5) ? edge : rng.Pick(_edgeEscapes)) + valid.Query[inside..] };
            case 2:
                return valid with { OperationName = rng.Chance(0.5) ? edge : (valid.OperationName ?? "Fuzz") + edge };
            case 3:
                return valid with { VariablesJson = $"{{{HostilePayload.JsonString("v" + edge)}:1}}" };
            case 4:
                var target = context.Target();
                return new HostilePayload(
                    $"query($v: String) {{ {target.Field}(first: 1, after: $v) {{ {target.Leaf} }} }}",
                    $"{{\"v\":{HostilePayload.JsonString(edge)}}}");
            default:
                return HostilePayload.Raw([.. Encoding.UTF8.GetPreamble(), .. context.ValidBody()]);
        }
    }

    public static HostilePayload WrongVariables(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var query = $"query Q($first: Int, $where: {target.FilterType}, $code: String!) {{ {target.Field}(first: $first, where: $where, after: $code) {{ {target.Leaf} }} a: __typename @skip(if: false) }}";
        switch (rng.Between(0, 4))
        {
            case 0:
                return new HostilePayload(query, $"{{\"first\":{rng.Pick(_wrongValues)},\"where\":{rng.Pick(_wrongValues)},\"code\":{rng.Pick(_wrongValues)}}}");
            case 1:
                return new HostilePayload(query, rng.Pick(["\"x\"", "[]", "1", "true", "[{}]"]));
            case 2:
                return new HostilePayload(rng.Pick([$"query($v: Nope) {{ {target.Field} {{ {target.Leaf} }} }}", "query($v: Query) { __typename }", "query($v: [[[Int]]]!) { __typename }", "query($v: Int, $v: Int) { __typename }"]), "{\"v\":1}");
            case 3:
                var valid = context.ValidPayload();
                return valid with { VariablesJson = $"{{\"v0\":{rng.Pick(_wrongValues)},\"v1\":{rng.Pick(_wrongValues)},\"extra\":{rng.Pick(_wrongValues)}}}" };
            default:
                return new HostilePayload(query, "{\"first\":1}", rng.Pick(["Q", "Other", "", "q"]));
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// A generated argument value, written either as a GraphQL literal in the document or as JSON in
/// <c>variables</c>: the same tree serves both, so a value moved into a variable keeps its meaning.
/// </summary>
public abstract record InputValue
{
    public abstract void WriteLiteral(StringBuilder text);

    public abstract JsonNode? ToJson();

    public string Literal()
    {
        var text = new StringBuilder();
        WriteLiteral(text);
        return text.ToString();
    }
}

public sealed record NullValue : InputValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append("null");

    public override JsonNode? ToJson() => null;
}

public sealed record IntValue(long Value) : InputValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Value.ToString(CultureInfo.InvariantCulture));

    public override JsonNode? ToJson() => JsonValue.Create(Value);
}

public sealed record DecimalValue(decimal Value) : InputValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Value.ToString(CultureInfo.InvariantCulture));

    public override JsonNode? ToJson() => JsonValue.Create(Value);
}

public sealed record BooleanValue(bool Value) : InputValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Value ? "true" : "false");

    public override JsonNode? ToJson() => JsonValue.Create(Value);
}

/// <summary>A string, written in the document with GraphQL escapes (some characters as \uXXXX for variety).</summary>
public sealed record StringValue(string Value, bool EscapeNonAscii = false) : InputValue
{
    public override void WriteLiteral(StringBuilder text)
    {
        text.Append('"');
        foreach (var c in Value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append(@"\\");
                    break;
                case < ' ':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                case > '\x7F' when EscapeNonAscii && !char.IsSurrogate(c):
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    public override JsonNode? ToJson() => JsonValue.Create(Value);
}

public sealed record EnumValue(string Name) : InputValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Name);

    public override JsonNode? ToJson() => JsonValue.Create(Name);
}

public sealed record ListValue(IReadOnlyList<InputValue> Items) : InputValue
{
    public override void WriteLiteral(StringBuilder text)
    {
        text.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ");
            Items[i].WriteLiteral(text);
        }

        text.Append(']');
    }

    public override JsonNode? ToJson() => new JsonArray([.. Items.Select(i => i.ToJson())]);
}

public sealed record ObjectValue(IReadOnlyList<KeyValuePair<string, InputValue>> Fields) : InputValue
{
    public override void WriteLiteral(StringBuilder text)
    {
        text.Append('{');
        foreach (var (name, value) in Fields)
        {
            text.Append(' ').Append(name).Append(": ");
            value.WriteLiteral(text);
        }

        text.Append(Fields.Count == 0 ? "}" : " }");
    }

    public override JsonNode? ToJson() => new JsonObject(Fields.Select(f => KeyValuePair.Create(f.Key, f.Value.ToJson())));
}

/// <summary>A <c>$vN</c> reference; its value travels in <c>variables</c> (or is the declaration's default).</summary>
public sealed record VariableValue(string Name) : InputValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append('$').Append(Name);

    public override JsonNode? ToJson() => throw new InvalidOperationException("A variable has no JSON of its own.");
}

using System.Text.Json.Nodes;
using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>The operation's variables: their declarations and the JSON sent for them.</summary>
public sealed class Variables
{
    private readonly List<string> _declarations = [];

    public JsonObject Values { get; } = [];

    public int Count => _declarations.Count;

    /// <summary>The declarations, e.g. <c>($v0: Int, $v1: Boolean! = true)</c>; empty without variables.</summary>
    public string Declarations => Count == 0 ? string.Empty : $"({string.Join(", ", _declarations)})";

    /// <summary>Declares a variable for <paramref name="value"/>, sent in JSON or, when asked, as the declaration's default.</summary>
    public VariableValue Declare(TypeRef type, InputValue value, bool asDefault)
    {
        var name = $"v{Count}";
        _declarations.Add(asDefault ? $"${name}: {type} = {value.Literal()}" : $"${name}: {type}");
        if (!asDefault)
        {
            Values[name] = value.ToJson();
        }

        return new VariableValue(name);
    }
}

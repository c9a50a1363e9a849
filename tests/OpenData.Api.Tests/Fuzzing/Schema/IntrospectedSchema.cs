using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenData.Api.Tests.Fuzzing.Schema;

/// <summary>
/// The live schema as the server describes itself, read once by the standard introspection query, so the
/// generators follow every schema change without a field list of their own.
/// </summary>
public sealed class IntrospectedSchema
{
    private readonly Dictionary<string, SchemaType> _types;

    private IntrospectedSchema(Dictionary<string, SchemaType> types, string queryTypeName)
    {
        _types = types;
        Query = types[queryTypeName];
    }

    public SchemaType Query { get; }

    public SchemaType TypeOf(TypeRef type) => _types[type.NamedType];

    public static async Task<IntrospectedSchema> LoadAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = IntrospectionQuery.Text });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), $"The standard introspection query failed: {body}");
        var schema = document.RootElement.GetProperty("data").GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().Select(ReadType).ToDictionary(t => t.Name);
        return new IntrospectedSchema(types, schema.GetProperty("queryType").GetProperty("name").GetString()!);
    }

    private static SchemaType ReadType(JsonElement type) => new(
        Kind(type),
        type.GetProperty("name").GetString()!,
        Items(type, "fields").Select(f => new SchemaField(
            f.GetProperty("name").GetString()!, ReadRef(f.GetProperty("type")), [.. Items(f, "args").Select(ReadInput)])).ToList(),
        [.. Items(type, "inputFields").Select(ReadInput)],
        [.. Items(type, "enumValues").Select(e => e.GetProperty("name").GetString()!)]);

    private static InputField ReadInput(JsonElement input) =>
        new(input.GetProperty("name").GetString()!, ReadRef(input.GetProperty("type")));

    private static TypeRef ReadRef(JsonElement type) => new(
        Kind(type),
        type.GetProperty("name").GetString(),
        type.GetProperty("ofType").ValueKind == JsonValueKind.Null ? null : ReadRef(type.GetProperty("ofType")));

    // INPUT_OBJECT is InputObject.
    private static TypeKind Kind(JsonElement type) =>
        Enum.Parse<TypeKind>(type.GetProperty("kind").GetString()!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private static JsonElement[] Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];
}

public enum TypeKind
{
    Scalar,
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The GraphQL spec's name for the kind.")]
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

public sealed record SchemaType(
    TypeKind Kind, string Name, IReadOnlyList<SchemaField> Fields, IReadOnlyList<InputField> InputFields, IReadOnlyList<string> EnumValues)
{
    public SchemaField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public InputField? InputField(string name) => InputFields.FirstOrDefault(f => f.Name == name);
}

public sealed record SchemaField(string Name, TypeRef Type, IReadOnlyList<InputField> Args)
{
    public InputField? Arg(string name) => Args.FirstOrDefault(a => a.Name == name);
}

/// <summary>An argument or an input object's field.</summary>
public sealed record InputField(string Name, TypeRef Type);

/// <summary>A type as a field or argument declares it, with its list and non-null wrappers.</summary>
public sealed record TypeRef(TypeKind Kind, string? Name, TypeRef? OfType)
{
    public string NamedType => Name ?? OfType!.NamedType;

    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without its outer non-null wrapper.</summary>
    public TypeRef Nullable => IsNonNull ? OfType! : this;

    /// <summary>How many list wrappers the type has: 1 for <c>[Goal!]!</c>.</summary>
    public int ListDepth => (Kind == TypeKind.List ? 1 : 0) + (OfType?.ListDepth ?? 0);

    /// <summary>The type as a variable declaration writes it, e.g. <c>[GoalSortInput!]</c>.</summary>
    public override string ToString() => Kind switch
    {
        TypeKind.NonNull => $"{OfType}!",
        TypeKind.List => $"[{OfType}]",
        _ => Name!,
    };
}

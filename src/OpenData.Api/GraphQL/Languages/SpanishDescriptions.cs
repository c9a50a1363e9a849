using System.Text.Json;
using GraphQL.Types;

namespace OpenData.Api.GraphQL.Languages;

/// <summary>
/// The Spanish text of every description in the schema, keyed by the exact English text (descriptions.es.json,
/// embedded): the English stays beside the code it documents, and one table holds the translation of a sentence
/// that many fields share ("Equal to.", "Sum over the rows."). A description with no entry keeps its English,
/// and <see cref="Missing"/> lists it, so a test fails on it.
/// </summary>
public static class SpanishDescriptions
{
    private const string ResourceName = "OpenData.Api.GraphQL.Languages.descriptions.es.json";

    // The spec's own scalars and GraphQL.NET's introspection types and built-in directives are GraphQL.NET's, not ours.
    internal static readonly string[] SpecScalars = ["String", "Boolean", "Int", "Float", "ID"];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> _table = new(Load);

    public static IReadOnlyDictionary<string, string> Table => _table.Value;

    /// <summary>Replaces, in place, every description of <paramref name="schema"/> (initialized) that the table translates.</summary>
    public static void Apply(ISchema schema) => Walk(schema, description => Table.TryGetValue(description, out var spanish) ? spanish : description);

    /// <summary>The English descriptions of <paramref name="schema"/> that the table does not translate.</summary>
    public static IReadOnlySet<string> Missing(ISchema schema)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        Walk(schema, description =>
        {
            if (!Table.ContainsKey(description))
            {
                missing.Add(description);
            }

            return description;
        });
        return missing;
    }

    /// <summary>Every description of ours in the schema, each replaced by what <paramref name="change"/> gives for it.</summary>
    public static void Walk(ISchema schema, Func<string, string> change)
    {
        string? Change(string? description) => string.IsNullOrEmpty(description) ? description : change(description);

        schema.Description = Change(schema.Description);
        foreach (var type in schema.AllTypes)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || SpecScalars.Contains(type.Name))
            {
                continue;
            }

            type.Description = Change(type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    field.Description = Change(field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        argument.Description = Change(argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    value.Description = Change(value.Description);
                }
            }
        }
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(SpanishDescriptions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}

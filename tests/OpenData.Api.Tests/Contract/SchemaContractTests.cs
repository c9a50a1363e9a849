using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// schema.graphql is the published contract, and schema.es.graphql the same contract with its Spanish descriptions:
/// each must equal the live schema in its language. To accept a change, run
/// `UPDATE_SCHEMA=true dotnet test --filter SchemaContractTests`, review the diff and commit it.
/// </summary>
public sealed class SchemaContractTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Theory]
    [InlineData(Language.English, "schema.graphql")]
    [InlineData(Language.Spanish, "schema.es.graphql")]
    public void SchemaFile_EqualsTheLiveSchemaInItsLanguage(Language language, string file)
    {
        var live = language == Language.Spanish ? PrintInSpanish(LiveSchema()) : Print(LiveSchema());
        var path = Path.Combine(RepoPaths.Root, file);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "true")
        {
            File.WriteAllText(path, live);
        }

        Assert.True(File.Exists(path), $"{file} is missing; run the update command in the README.");
        var published = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(published == live, $"{file} differs from the live schema; run `UPDATE_SCHEMA=true dotnet test --filter SchemaContractTests` and review the diff.");
    }

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var missing = new List<string>();
        // The spec's own scalars are described by the spec, and schema.graphql does not print them.
        string[] specScalars = ["String", "Boolean", "Int", "Float", "ID"];
        foreach (var type in LiveSchema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !specScalars.Contains(t.Name)))
        {
            Check(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what);
            }
        }
    }

    private ISchema LiveSchema()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>
    /// The schema as a Spanish client's introspection describes it: the descriptions are swapped for their Spanish
    /// text while it is printed and put back after (the tests of one class run one at a time, on their own server).
    /// </summary>
    private static string PrintInSpanish(ISchema schema)
    {
        var english = new Queue<string>();
        SpanishDescriptions.Walk(schema, d =>
        {
            english.Enqueue(d);
            return SpanishDescriptions.Table.GetValueOrDefault(d, d);
        });
        try
        {
            return Print(schema);
        }
        finally
        {
            SpanishDescriptions.Walk(schema, _ => english.Dequeue());
        }
    }

    private static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n") + "\n";
}

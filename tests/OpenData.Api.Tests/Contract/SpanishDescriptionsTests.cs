using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// Every description of the schema has its Spanish text in GraphQL/Languages/descriptions.es.json. When a
/// description is added or changed, `MISSING_SPANISH=path dotnet test --filter SpanishDescriptionsTests` writes the
/// English texts that lack one to that file, as JSON to fill in and merge into the table.
/// </summary>
public sealed class SpanishDescriptionsTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void EveryDescription_HasSpanishText()
    {
        var missing = SpanishDescriptions.Missing(English());
        if (Environment.GetEnvironmentVariable("MISSING_SPANISH") is { Length: > 0 } path)
        {
            File.WriteAllText(path, JsonSerializer.Serialize(missing.ToDictionary(m => m, m => ""), _json));
        }

        Assert.True(missing.Count == 0, $"{missing.Count} descriptions have no Spanish text, e.g. \"{missing.FirstOrDefault()}\".");
    }

    [Fact]
    public void SpanishSchema_HasNoDescriptionInEnglishOrEmpty()
    {
        var spanish = factory.Services.GetRequiredService<LocalizedSchemas>().For(Language.Spanish);
        var english = new List<string>();
        SpanishDescriptions.Walk(English(), d =>
        {
            english.Add(d);
            return d;
        });
        var untranslated = new List<string>();
        var index = 0;
        SpanishDescriptions.Walk(spanish, d =>
        {
            // The same elements in the same order: the two schemas are built from the same definitions.
            var source = english[index++];
            if (!SpanishDescriptions.Table.ContainsKey(source) || string.IsNullOrWhiteSpace(d) || (d == source && !IsTheSameInBothLanguages(d)))
            {
                untranslated.Add(source);
            }

            return d;
        });
        Assert.Equal(english.Count, index);
        Assert.True(english.Count > 500, $"only {english.Count} descriptions were walked");
        Assert.True(untranslated.Count == 0, "Without Spanish text: " + string.Join(" | ", untranslated.Take(20)));
    }

    [Fact]
    public void Table_HasNoEntryTheSchemaDoesNotUse()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        SpanishDescriptions.Walk(English(), d =>
        {
            used.Add(d);
            return d;
        });
        var stale = SpanishDescriptions.Table.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Entries no description uses: " + string.Join(" | ", stale.Take(20)));
    }

    // A name or code alone reads the same in Spanish ("Hogares Comunitarios", "CADI").
    private static bool IsTheSameInBothLanguages(string description) => !description.Contains(' ', StringComparison.Ordinal);

    private ISchema English()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}

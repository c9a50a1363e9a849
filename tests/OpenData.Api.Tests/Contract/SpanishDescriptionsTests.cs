using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.Tests.Fuzzing.Schema;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// Every description of the schema has its Spanish text in GraphQL/Languages/descriptions.es.json, and introspection
/// asked in Spanish answers with it. When a description is added or changed,
/// `MISSING_SPANISH=path dotnet test --filter SpanishDescriptionsTests` writes the English texts that lack one to that
/// file, as JSON to fill in and merge into the table.
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

    [Fact]
    public void Table_HasNoEmptyOrUntranslatedText()
    {
        var bad = SpanishDescriptions.Table.Where(e => string.IsNullOrWhiteSpace(e.Value) || (e.Value == e.Key && !IsTheSameInBothLanguages(e.Key))).Select(e => e.Key).ToList();
        Assert.True(bad.Count == 0, "Without Spanish text: " + string.Join(" | ", bad.Take(20)));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-GT,es;q=0.9,en;q=0.8")]
    [InlineData("en;q=0.5, es-419")]
    public async Task Introspection_InSpanish_DescribesEveryElementInSpanish(string acceptLanguage)
    {
        var english = Descriptions(await IntrospectAsync(null));
        var spanish = Descriptions(await IntrospectAsync(acceptLanguage));

        // The same elements, in the same order: only what they say differs.
        Assert.Equal(english.Select(e => e.Element), spanish.Select(e => e.Element));
        Assert.True(english.Count > 500, $"only {english.Count} descriptions were walked");
        var untranslated = english.Zip(spanish)
            .Where(pair => string.IsNullOrWhiteSpace(pair.Second.Text)
                || pair.Second.Text != SpanishDescriptions.Table.GetValueOrDefault(pair.First.Text!)
                || (pair.Second.Text == pair.First.Text && !IsTheSameInBothLanguages(pair.First.Text!)))
            .Select(pair => $"{pair.First.Element}: {pair.Second.Text}")
            .ToList();
        Assert.True(untranslated.Count == 0, "Not in Spanish: " + string.Join(" | ", untranslated.Take(20)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en-US,en;q=0.9")]
    [InlineData("fr-FR, de;q=0.8")]
    [InlineData("*")]
    [InlineData("es;q=0.3, en;q=0.7")]
    [InlineData(";;;=q,,")]
    public async Task Introspection_WithoutSpanishFirst_IsTheEnglishSchema(string? acceptLanguage)
    {
        var described = Descriptions(await IntrospectAsync(acceptLanguage));
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        var walked = new List<string>();
        SpanishDescriptions.Walk(English(), d =>
        {
            walked.Add(d);
            return d;
        });
        Assert.Equal(walked.Count, described.Count);
        Assert.Equal(walked, described.Select(d => d.Text!));
    }

    [Fact]
    public async Task OneQuery_AskedInBothLanguages_IsAnsweredAndCachedInEach()
    {
        using var client = factory.CreateClient();
        const string query = "{ __type(name: \"Department\") { description } }";
        var english = English().AllTypes["Department"]!.Description!;
        foreach (var (language, expected) in new[] { ((string?)null, english), ("es", SpanishDescriptions.Table[english]), (null, english), ("es", SpanishDescriptions.Table[english]) })
        {
            using var request = WithAcceptLanguage(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) }, language);

            using var response = await client.SendAsync(request);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(expected, body.RootElement.GetProperty("data").GetProperty("__type").GetProperty("description").GetString());
            Assert.Contains("Accept-Language", response.Headers.Vary);
        }
    }

    // What graphql-js's getIntrospectionQuery sends with schemaDescription: true, as Banana Cake Pop does.
    private static readonly string _introspection = IntrospectionQuery.Text.Replace("__schema {", "__schema {\n    description", StringComparison.Ordinal);

    // A name or code alone reads the same in Spanish ("Hogares Comunitarios", "CADI").
    private static bool IsTheSameInBothLanguages(string description) => !description.Contains(' ', StringComparison.Ordinal);

    private async Task<JsonElement> IntrospectAsync(string? acceptLanguage)
    {
        using var client = factory.CreateClient();
        using var request = WithAcceptLanguage(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = _introspection }) }, acceptLanguage);

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var body = JsonDocument.Parse(text);
        Assert.False(body.RootElement.TryGetProperty("errors", out _), text);
        return body.RootElement.GetProperty("data").GetProperty("__schema").Clone();
    }

    /// <summary>Every description introspection gives for our elements, in the order <see cref="SpanishDescriptions.Walk"/> visits them.</summary>
    private List<(string Element, string? Text)> Descriptions(JsonElement schema)
    {
        var order = English().AllTypes.Select(t => t.Name).ToList();
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        var found = new List<(string, string?)>();
        void Add(string element, JsonElement owner)
        {
            var description = owner.GetProperty("description");
            var text = description.ValueKind == JsonValueKind.Null ? null : description.GetString();
            if (!string.IsNullOrEmpty(text))
            {
                found.Add((element, text));
            }
        }

        Add("schema", schema);
        foreach (var name in order.Where(n => !n.StartsWith("__", StringComparison.Ordinal) && !SpanishDescriptions.SpecScalars.Contains(n)))
        {
            if (!types.TryGetValue(name, out var type))
            {
                found.Add((name, "(not in introspection)"));
                continue;
            }

            Add(name, type);
            foreach (var list in new[] { "fields", "inputFields" })
            {
                if (type.GetProperty(list) is { ValueKind: JsonValueKind.Array } fields)
                {
                    foreach (var field in fields.EnumerateArray())
                    {
                        var fieldName = $"{name}.{field.GetProperty("name").GetString()}";
                        Add(fieldName, field);
                        if (field.TryGetProperty("args", out var args))
                        {
                            foreach (var argument in args.EnumerateArray())
                            {
                                Add($"{fieldName}({argument.GetProperty("name").GetString()})", argument);
                            }
                        }
                    }
                }
            }

            if (type.GetProperty("enumValues") is { ValueKind: JsonValueKind.Array } values)
            {
                foreach (var value in values.EnumerateArray())
                {
                    Add($"{name}.{value.GetProperty("name").GetString()}", value);
                }
            }
        }

        return found;
    }

    private ISchema English()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}

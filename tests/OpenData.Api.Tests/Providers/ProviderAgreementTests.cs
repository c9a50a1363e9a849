using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;
using OpenData.Api.Tests.Support;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Providers;

/// <summary>
/// In the suite's PostgreSQL run, the same seed/ loaded into a SQLite file and into PostgreSQL, and the two servers
/// asked the same: every export (every row and column of every collection) and, for every collection, its count,
/// its aggregates (sum, min, max, avg of every measure, and the terms they cover) and its grouped aggregates by each
/// key; and every README question (the saved queries). Every answer must be byte for byte the same.
/// </summary>
public sealed class ProviderAgreementTests(ITestOutputHelper output) : IAsyncLifetime
{
    private WebApplicationFactory<Program> _sqlite = null!;
    private WebApplicationFactory<Program> _postgres = null!;

    public async Task InitializeAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            return;
        }

        var file = await TestDatabase.BuildFileAsync(TestDatabase.NewFile());
        _sqlite = Server(DatabaseProvider.Sqlite, file);
        _postgres = Server(DatabaseProvider.Postgres, TestDatabase.ConnectionString);
        Assert.Equal(DatabaseProvider.Sqlite, _sqlite.Services.GetRequiredService<DatabaseSettings>().Provider);
        Assert.Equal(DatabaseProvider.Postgres, _postgres.Services.GetRequiredService<DatabaseSettings>().Provider);
    }

    [PostgresFact]
    public async Task EveryExport_IsTheSameOnBothProviders()
    {
        using var sqlite = _sqlite.CreateClient();
        using var postgres = _postgres.CreateClient();
        using var package = JsonDocument.Parse(await sqlite.GetStringAsync("/export/datapackage.json"));
        var paths = package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()!).ToList();
        Assert.True(paths.Count >= 15, $"Only {paths.Count} resources.");

        foreach (var path in paths.SelectMany(p => new[] { p, Path.ChangeExtension(p, ".json") }).Distinct())
        {
            var url = path.StartsWith('/') ? path : "/export/" + path;
            var (fromSqlite, fromPostgres) = (await GetAsync(sqlite, url), await GetAsync(postgres, url));
            Assert.True(fromSqlite.Length > 0, url);
            Assert.True(fromSqlite == fromPostgres, $"{url} differs:\n{FirstDifference(fromSqlite, fromPostgres)}");
        }

        output.WriteLine($"{paths.Count} collections, as CSV and as JSON.");
    }

    [PostgresFact]
    public async Task EveryCollectionsAggregates_AreTheSameOnBothProviders()
    {
        using var sqlite = _sqlite.CreateClient();
        using var postgres = _postgres.CreateClient();
        var queries = await AggregateQueriesAsync(sqlite);
        Assert.True(queries.Count >= 10, $"Only {queries.Count} collections with aggregates.");

        foreach (var query in queries)
        {
            var (fromSqlite, fromPostgres) = (await PostAsync(sqlite, query), await PostAsync(postgres, query));
            Assert.DoesNotContain("\"errors\"", fromSqlite, StringComparison.Ordinal);
            Assert.True(fromSqlite == fromPostgres, $"{query}\ndiffers:\n{FirstDifference(fromSqlite, fromPostgres)}");
        }

        output.WriteLine($"{queries.Count} queries.");
    }

    /// <summary>The README's questions, as the saved queries that ship them: every one answered the same, byte for byte.</summary>
    [PostgresFact]
    public async Task EveryReadmeQuestion_IsAnsweredTheSameOnBothProviders()
    {
        using var sqlite = _sqlite.CreateClient();
        using var postgres = _postgres.CreateClient();
        using var list = JsonDocument.Parse(await sqlite.GetStringAsync("/queries"));
        var ids = list.RootElement.EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList();
        Assert.True(ids.Count >= 15, $"Only {ids.Count} saved queries.");

        foreach (var id in ids)
        {
            var url = $"/graphql?documentId={id}";
            var (fromSqlite, fromPostgres) = (await GetAsync(sqlite, url), await GetAsync(postgres, url));
            Assert.Contains("\"data\"", fromSqlite, StringComparison.Ordinal);
            Assert.DoesNotContain("\"errors\"", fromSqlite, StringComparison.Ordinal);
            Assert.True(fromSqlite == fromPostgres, $"{id} differs:\n{FirstDifference(fromSqlite, fromPostgres)}");
        }

        output.WriteLine($"{ids.Count} saved queries.");
    }

    /// <summary>
    /// For each root collection that has aggregates: its total, every aggregate of every measure, and one grouped
    /// aggregate per key, read from the schema itself so that a new collection or measure is compared too.
    /// </summary>
    private static async Task<List<string>> AggregateQueriesAsync(HttpClient client)
    {
        var schema = await client.QueryAsync("""
            { __schema { queryType { fields { name args { name } type { ...Ref } } } types { name kind
              fields { name args { name type { ...Ref } } type { ...Ref } } enumValues { name } } } }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """);
        var types = schema.GetProperty("__schema").GetProperty("types").EnumerateArray().ToDictionary(t => t.Str("name"));
        IEnumerable<JsonElement> Fields(string type) =>
            types[type].GetProperty("fields") is { ValueKind: JsonValueKind.Array } fields ? fields.EnumerateArray() : [];
        static string NamedType(JsonElement type) =>
            type.GetProperty("name").GetString() ?? NamedType(type.GetProperty("ofType"));
        string Leaves(string type) => string.Join(" ", Fields(type).Where(f => f.GetProperty("args").GetArrayLength() == 0)
            .Where(f => types[NamedType(f.GetProperty("type"))].Str("kind") is "SCALAR" or "ENUM").Select(f => f.Str("name")));

        var queries = new List<string>();
        foreach (var root in schema.GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray())
        {
            var connection = NamedType(root.GetProperty("type"));
            if (Fields(connection).FirstOrDefault(f => f.Str("name") == "aggregates") is not { ValueKind: JsonValueKind.Object } aggregates)
            {
                continue;
            }

            var aggregateType = NamedType(aggregates.GetProperty("type"));
            var parts = new StringBuilder();
            foreach (var part in Fields(aggregateType).Where(f => f.GetProperty("args").GetArrayLength() == 0))
            {
                var partType = NamedType(part.GetProperty("type"));
                parts.Append(' ').Append(part.Str("name"));
                if (types[partType].Str("kind") == "OBJECT")
                {
                    parts.Append(" { ").Append(Leaves(partType)).Append(" }");
                }
            }

            var query = new StringBuilder("{ c: ").Append(root.Str("name")).Append(" { totalCount aggregates {").Append(parts).Append(" }");
            var grouped = Fields(connection).FirstOrDefault(f => f.Str("name") == "groupedAggregates");
            if (grouped.ValueKind == JsonValueKind.Object)
            {
                var groupBy = grouped.GetProperty("args").EnumerateArray().First(a => a.Str("name") == "groupBy");
                var keys = types[NamedType(groupBy.GetProperty("type"))].GetProperty("enumValues").EnumerateArray().Select(v => v.Str("name"));
                foreach (var key in keys)
                {
                    query.Append(" g_").Append(key).Append(": groupedAggregates(groupBy: [").Append(key).Append("], first: 500) {").Append(parts).Append(" }");
                }
            }

            queries.Add(query.Append(" } }").ToString());
        }

        return queries;
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static string FirstDifference(string a, string b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        return $"SQLite:     …{a[from..Math.Min(a.Length, at + 120)]}\nPostgreSQL: …{b[from..Math.Min(b.Length, at + 120)]}";
    }

    private static WebApplicationFactory<Program> Server(DatabaseProvider provider, string connectionString) =>
        new OpenDataFactory().WithWebHostBuilder(b => b
            .UseSetting(DatabaseSettings.ProviderSetting, provider.ToString())
            .UseSetting("ConnectionStrings:OpenData", connectionString)
            .UseSetting("OutputCache:GraphQLSeconds", "0"));

    public async Task DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
            await _postgres.DisposeAsync();
        }
    }
}

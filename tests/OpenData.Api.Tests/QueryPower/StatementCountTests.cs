using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>
/// The statements each shape of the speed benchmark costs, pinned: a page, its links and its aggregates in as
/// few as the shape needs, whatever the number of rows. The queries are read from bench/queries, the files the
/// benchmark sends, so the two cannot drift apart.
/// </summary>
public sealed class StatementCountTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Theory]
    // The page.
    [InlineData("q1", 1)]
    // The page with its department joined in.
    [InlineData("q2", 1)]
    // The total and the sums, one aggregate statement.
    [InlineData("q3", 1)]
    // The groups with their departments joined in.
    [InlineData("q4", 1)]
    // The page with its programme and parent goal joined in.
    [InlineData("q5", 1)]
    // The department, then one batch for each of its four tables.
    [InlineData("q6", 5)]
    public async Task BenchmarkQuery_RunsItsPinnedNumberOfStatements(string name, int statements)
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        var folder = Path.Combine(RepoPaths.Root, "bench", "queries");
        var query = await File.ReadAllTextAsync(Path.Combine(folder, name + ".graphql"));
        var variablesFile = Path.Combine(folder, name + ".variables.json");
        var variables = File.Exists(variablesFile) ? JsonSerializer.Deserialize<JsonElement>(await File.ReadAllTextAsync(variablesFile)) : (JsonElement?)null;

        var data = await client.QueryAsync(query, variables);

        Assert.NotEqual(JsonValueKind.Null, data.EnumerateObject().First().Value.ValueKind);
        Assert.Equal(statements, capture.Commands.Count);
    }

    /// <summary>
    /// Groups keyed by links that are shown read the linked rows in their own statement: the same rows, field for
    /// field, as the lookups give; a blank key (a goal with no parent) stays null; a key not shown costs no join.
    /// </summary>
    [Fact]
    public async Task GroupsByLinks_ReadTheLinkedRowsWithTheGroups_TheSameRowsTheLookupsGive()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("""
            { goals { groupedAggregates(groupBy: [PROGRAM, PARENT], first: 500) {
                count key { program { id code name } parent { id line concept level annualTarget } } } } }
            """);
        Assert.Single(capture.Commands);
        var groups = data.GetProperty("goals").GetProperty("groupedAggregates").EnumerateArray().ToList();
        var goals = await client.QueryAsync("{ goals(first: 500) { totalCount nodes { id line concept level annualTarget program { id code name } parent { id } } } }");
        var rows = goals.Nodes("goals").ToList();
        Assert.Equal(rows.Count, goals.GetProperty("goals").GetProperty("totalCount").GetInt32());
        var byId = rows.ToDictionary(r => r.GetProperty("id").GetRawText()!);
        var programs = (await client.QueryAsync("{ programs { nodes { id code name } } }")).Nodes("programs").ToList();

        Assert.Equal(rows.Count, groups.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.Contains(groups, g => g.GetProperty("key").GetProperty("parent").ValueKind == JsonValueKind.Null);
        Assert.Contains(groups, g => g.GetProperty("key").GetProperty("parent").ValueKind != JsonValueKind.Null);
        Assert.Contains(groups, g => g.GetProperty("key").GetProperty("program").ValueKind == JsonValueKind.Null);
        foreach (var group in groups)
        {
            var key = group.GetProperty("key");
            var program = key.GetProperty("program");
            var programId = IdOf(program);
            if (programId is not null)
            {
                Assert.Equal(programs.Single(p => p.GetProperty("id").GetRawText() == programId).GetRawText(), program.GetRawText());
            }

            var parent = key.GetProperty("parent");
            var parentId = IdOf(parent);
            var members = rows.Count(r => IdOf(r.GetProperty("program")) == programId && IdOf(r.GetProperty("parent")) == parentId);
            Assert.Equal(group.GetProperty("count").GetInt32(), members);
            if (parentId is not null)
            {
                foreach (var field in new[] { "line", "concept", "level", "annualTarget" })
                {
                    Assert.Equal(byId[parentId].GetProperty(field).GetRawText(), parent.GetProperty(field).GetRawText());
                }
            }
        }

        capture.Clear();
        await client.QueryAsync("{ goals { groupedAggregates(groupBy: [PROGRAM]) { count } } }");
        Assert.DoesNotContain("JOIN", Assert.Single(capture.Commands).Sql, StringComparison.OrdinalIgnoreCase);

        // A link under the linked row is joined too, and only the columns asked for are read.
        capture.Clear();
        var nested = await client.QueryAsync("{ goals { groupedAggregates(groupBy: [PARENT], first: 500) { count key { parent { id concept program { name } } } } } }");
        var sql = Assert.Single(capture.Commands).Sql;
        Assert.DoesNotContain("\"AnnualTarget\"", sql, StringComparison.Ordinal);
        var parents = nested.GetProperty("goals").GetProperty("groupedAggregates").EnumerateArray()
            .Select(g => g.GetProperty("key").GetProperty("parent")).Where(p => p.ValueKind != JsonValueKind.Null).ToList();
        Assert.Contains(parents, p => p.GetProperty("program").ValueKind != JsonValueKind.Null);
        foreach (var parent in parents)
        {
            var program = byId[IdOf(parent)!].GetProperty("program");
            Assert.Equal(
                program.ValueKind == JsonValueKind.Null ? null : program.GetProperty("name").GetString(),
                parent.GetProperty("program") is { ValueKind: JsonValueKind.Object } linked ? linked.GetProperty("name").GetString() : null);
        }
    }

    private static string? IdOf(JsonElement linked) => linked.ValueKind == JsonValueKind.Null ? null : linked.GetProperty("id").GetRawText();

    [Fact]
    public async Task ProfileOfEveryDepartment_RunsFourStatements_NotFourPerDepartment()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync("{ departments { nodes { profile { peopleServed } } } }");

        // The page; then for all 22 at once: the term, the figures, and people served per programme and per department.
        Assert.Equal(22, data.Nodes("departments").Count());
        Assert.Equal(5, capture.Commands.Count);
        Assert.Equal(35_514, data.Nodes("departments").Sum(d => d.GetProperty("profile").GetProperty("peopleServed").GetInt32()));
    }
}

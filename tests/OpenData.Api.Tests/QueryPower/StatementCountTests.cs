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
    // The groups, then their departments in one batch.
    [InlineData("q4", 2)]
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

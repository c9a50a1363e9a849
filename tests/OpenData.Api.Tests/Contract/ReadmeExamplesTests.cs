using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Contract;

/// <summary>Every GraphQL example in the README runs without errors against the real schema and data.</summary>
public sealed partial class ReadmeExamplesTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (Match match in GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))))
        {
            data.Add(match.Groups[1].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_RunsWithoutErrors(string query)
    {
        var data = await factory.CreateClient().QueryAsync(query);

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.ValueKind);
    }

    /// <summary>
    /// The README's examples are far from the cost budget: each uses under a quarter of it. A server whose budget
    /// is 1 refuses every query, saying what its cost is.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_CostsUnderAQuarterOfTheBudget(string query)
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("Limits:MaxCost", "1")).CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var extensions = json.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("COST_LIMIT_EXCEEDED", extensions.GetProperty("code").GetString());
        var cost = extensions.GetProperty("requested").GetInt64();
        Assert.True(cost < new OpenData.Api.GraphQL.Limits.RequestLimits().MaxCost / 4, $"The example costs {cost}.");
    }

    [Fact]
    public void Readme_HasTheExamples() => Assert.True(Examples().Count >= 10, "The README should keep its example queries.");

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}

using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpenData.Api.GraphQL.Persisted;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// Every GraphQL example in the README runs without errors against the real schema and data, and is one of the saved
/// queries the server ships (GET /queries).
/// </summary>
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

    /// <summary>
    /// The files in src/OpenData.Api/GraphQL/Persisted/Documents are the source: the README shows each of them, in
    /// their order, the same text (indented as its list item needs) under its English title in bold. A saved query
    /// changed in one place and not the other fails here.
    /// </summary>
    [Fact]
    public void Readme_ShowsEverySavedQuery_InOrder_UnderItsEnglishTitle()
    {
        var readme = QuestionBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")))
            .Select(m => $"{m.Groups["title"].Value}\n{Dedent(m.Groups["query"].Value)}").ToList();
        var documents = new PersistedDocumentLibrary().Documents;

        Assert.Equal(documents.Count, readme.Count);
        foreach (var (document, shown) in documents.Zip(readme))
        {
            var shipped = $"{document.TitleEn}\n{document.Query}";
            Assert.True(shipped == shown, $"The saved query '{document.Id}' is not what the README shows in its place:\n{shipped}\n--- README:\n{shown}");
        }
    }

    private static string Dedent(string block)
    {
        var lines = block.TrimEnd().Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    /// <summary>A block with the nearest bold text before it: the question it answers.</summary>
    [GeneratedRegex("\\*\\*(?<title>[^*]+)\\*\\*(?:(?!\\*\\*).)*?```graphql\\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuestionBlock();
}

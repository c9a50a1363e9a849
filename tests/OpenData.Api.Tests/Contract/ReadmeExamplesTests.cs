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

    [Fact]
    public void Readme_HasTheExamples() => Assert.True(Examples().Count >= 10, "The README should keep its example queries.");

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}

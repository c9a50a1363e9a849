using GraphQL;
using GraphQLParser;
using Microsoft.Extensions.Configuration;
using OpenData.Api.GraphQL.Execution;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// The document cache keeps a document the second time its text runs, and no more query text than
/// <c>GraphQL:DocumentCacheCharacters</c>.
/// </summary>
public sealed class DocumentCacheSizeTests
{
    private static readonly string _query = "{ departments { nodes { code name } } " + new string(' ', 200) + "}";

    [Theory]
    [InlineData(100, false)]
    [InlineData(1_000, true)]
    public async Task ADocumentIsKept_OnlyWhenItsTextFitsTheLimit(int characters, bool kept)
    {
        using var cache = new DocumentCache(Settings(characters.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var parsedBefore = new List<bool>();

        for (var i = 0; i < 3; i++)
        {
            await cache.ExecuteAsync(new ExecutionOptions { Query = _query }, options =>
            {
                parsedBefore.Add(options.Document is not null);
                return Task.FromResult(new ExecutionResult { Executed = true, Document = Parser.Parse(_query) });
            });
        }

        Assert.Equal([false, false, kept], parsedBefore);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void ALimitOfNothing_IsRefusedAtStart_NamingTheSetting(string characters)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentCache(Settings(characters)));
        Assert.Contains("GraphQL:DocumentCacheCharacters", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(string characters) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GraphQL:DocumentCacheCharacters"] = characters }).Build();
}

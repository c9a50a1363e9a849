using CsCheck;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// The valid set is well inside the server's limits by the document's own measure, so when the limits refuse a
/// generated query it is the server, not the generator, that needs a look.
/// </summary>
public sealed class ValidQueryLimitTests(FuzzServer server) : IClassFixture<FuzzServer>
{
    [Fact]
    public void Fuzz_ValidQueries_StayWellInsideTheServerLimits() =>
        new FunctionGen<GeneratedQuery>(rng => QueryGenerator.Generate(server.Schema, rng), q => (ulong)q.Document.Length).Sample(
            query =>
            {
                var shape = DocumentShape.Of(query.Document);
                Assert.True(
                    query.Document.Length <= QueryLimits.MaxDocumentLength && DocumentTokens.Count(query.Document) <= QueryLimits.MaxTokens
                    && shape.Depth <= QueryLimits.MaxDepth && shape.Fields <= QueryLimits.MaxFields && shape.RootFields <= QueryLimits.MaxRootFields
                    && shape.Aliases <= QueryLimits.MaxAliases && shape.Directives <= QueryLimits.MaxDirectives
                    && shape.SelectionNesting <= 30 && shape.ValueNesting <= 12 && shape.LongestList <= ValueGenerator.MaxListItems && !shape.FirstAndLast,
                    $"{shape}");
            },
            seed: FuzzSettings.Seed,
            iter: FuzzSettings.ValidCases,
            print: query => query.Document);
}

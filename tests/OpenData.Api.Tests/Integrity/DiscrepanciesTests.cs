using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Integrity;

/// <summary>The `discrepancies` root field: the checks that do not match, with the same filters and aggregates.</summary>
public sealed class DiscrepanciesTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Discrepancies_ListTheThreeMismatchesOfTheReport_WithFiltersAndAggregates()
    {
        var data = await _client.QueryAsync("""
            { discrepancies(order: [{ line: ASC }, { field: ASC }]) { totalCount nodes { field addedField printed computed line source { section } } aggregates { count } }
              prose: discrepancies(where: { kind: { eq: PROSE_EQUALS_TABLE } }) { nodes { printed computed } } }
            """);
        var rows = data.Nodes("discrepancies").Select(n => $"{n.Str("field")}{(n.Str("addedField") is { } added ? " + " + added : "")} {n.GetProperty("printed").GetDecimal():0} {n.GetProperty("computed").GetDecimal():0}").ToList();

        // Hogares Comunitarios TOTALES: municipalities 218 printed, rows add to 217; CADIs 462 printed, rows add to 460.
        Assert.Equal(["CHILD_CARE_CENTRES 462 460", "MUNICIPALITIES_WITH_PRESENCE 218 217", "COMMUNITY_HOMES + CHILD_CARE_CENTRES 603 605"], rows);
        Assert.Equal(3, data.GetProperty("discrepancies").GetProperty("aggregates").GetProperty("count").GetInt32());
        Assert.All(data.Nodes("discrepancies"), n => Assert.Equal("HOGARES COMUNITARIOS", n.GetProperty("source").Str("section")));
        var prose = Assert.Single(data.Nodes("prose"));
        Assert.Equal((603m, 605m), (prose.GetProperty("printed").GetDecimal(), prose.GetProperty("computed").GetDecimal()));
    }
}

using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Questions;

/// <summary>Donation items as a collection of their own: "how many wheelchairs were donated?" in one query, summed in SQL.</summary>
public sealed class DonationItemsTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task Wheelchairs_AreFilteredAndSummed_InSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        // "(150 para adultos y 50 para niños)": the one donation of "sillas de ruedas", from Taiwán.
        var data = await client.QueryAsync("""
            { donationItems(where: { description: { contains: "SILLAS DE RUEDAS" } }) {
                aggregates { count sum { quantity } }
                nodes { description quantity donation { donor } } } }
            """);

        var items = data.GetProperty("donationItems");
        Assert.Equal(2, items.GetProperty("aggregates").GetProperty("count").GetInt32());
        Assert.Equal(200, items.GetProperty("aggregates").GetProperty("sum").GetProperty("quantity").GetInt32());
        Assert.Equal(
            "sillas de ruedas para adultos 150|sillas de ruedas para niños 50",
            string.Join("|", data.Nodes("donationItems").Select(n => $"{n.Str("description")} {n.GetProperty("quantity").GetInt32()}")));
        Assert.All(data.Nodes("donationItems"), n => Assert.Contains("Taiwán", n.GetProperty("donation").Str("donor"), StringComparison.Ordinal));
        Assert.Contains(capture.Commands, c => c.Sql.Contains("SUM(", StringComparison.Ordinal) && c.Sql.Contains("LIKE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Items_AreTheSameRowsAsEachDonationsList()
    {
        var client = factory.CreateClient();
        var collection = await client.QueryAsync("{ donationItems { nodes { description quantity donation { id } } } }");
        var lists = await client.QueryAsync("{ donations { nodes { id items { description quantity } } } }");

        var flat = collection.Nodes("donationItems").Select(n => $"{n.GetProperty("donation").GetProperty("id").GetInt32()} {n.Str("description")} {n.GetProperty("quantity").GetInt32()}").Order().ToList();
        var nested = lists.Nodes("donations").SelectMany(d => d.GetProperty("items").EnumerateArray().Select(i => $"{d.GetProperty("id").GetInt32()} {i.Str("description")} {i.GetProperty("quantity").GetInt32()}")).Order().ToList();
        Assert.NotEmpty(flat);
        Assert.Equal(nested, flat);
    }

    [Fact]
    public async Task ByDonationTerm_FiltersThroughTheDonation()
    {
        var data = await factory.CreateClient().QueryAsync("""
            { donationItems(where: { donation: { period: { code: { eq: "2030-T1" } } } }) { aggregates { count sum { quantity } } } }
            """);

        var aggregates = data.GetProperty("donationItems").GetProperty("aggregates");
        Assert.Equal(0, aggregates.GetProperty("count").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregates.GetProperty("sum").GetProperty("quantity").ValueKind);
    }
}

using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>Lookups by what people actually type: codes without their leading zero, names without accents, terms in any case.</summary>
public sealed class LookupTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Theory]
    [InlineData("code: \"22\"", "22")]
    [InlineData("code: \"1\"", "01")]
    [InlineData("code: \"01\"", "01")]
    [InlineData("name: \"peten\"", "17")]
    [InlineData("name: \"Petén\"", "17")]
    [InlineData("name: \"PETEN\"", "17")]
    [InlineData("name: \"quiche\"", "14")]
    public async Task Department_ByCodeAsTypedOrName_IsFound_InOneStatement(string argument, string code)
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync($"{{ department({argument}) {{ code name }} }}");

        Assert.Equal(code, data.GetProperty("department").Str("code"));
        Assert.Single(capture.Commands);
    }

    [Theory]
    [InlineData("code: \"women\"", "women")]
    [InlineData("name: \"MCSM\"", "women")]
    [InlineData("name: \"mcsm\"", "women")]
    [InlineData("name: \"mis anos dorados\"", "older-people")]
    [InlineData("name: \"HOGARES COMUNITARIOS\"", "community-homes")]
    public async Task Program_ByCodeNameOrAcronym_IsFound_InOneStatement(string argument, string code)
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var data = await client.QueryAsync($"{{ program({argument}) {{ code }} }}");

        Assert.Equal(code, data.GetProperty("program").Str("code"));
        Assert.Single(capture.Commands);
    }

    [Theory]
    [InlineData("2021-T1")]
    [InlineData("2021-t1")]
    public async Task Term_InAnyCase_IsFound_ByPeriodAndByProfile(string term)
    {
        var data = await factory.CreateClient().QueryAsync(
            "query($term: String!) { period(code: $term) { code } department(code: \"17\") { profile(period: $term) { period { code } peopleServed } } }",
            new { term });

        Assert.Equal("2021-T1", data.GetProperty("period").Str("code"));
        Assert.Equal("2021-T1", data.GetProperty("department").GetProperty("profile").GetProperty("period").Str("code"));
        Assert.Equal(548, data.GetProperty("department").GetProperty("profile").GetProperty("peopleServed").GetInt32());
    }
}

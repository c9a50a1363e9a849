using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Beneficiaries;

/// <summary>A department's profile: its figures in each programme and the people served in all, as the report prints them.</summary>
public sealed class DepartmentProfileTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // Guatemala: 1,526 children + 89 Servicio Social + 482 women + 752 older people.
    [InlineData("01", 2849, "community-homes 1526,social-service 89,women 482,older-people 752")]
    // Petén: only Hogares Comunitarios (295 children) and MCSM (253 women) reached it.
    [InlineData("17", 548, "community-homes 295,women 253")]
    public async Task Profile_ShowsEachProgrammeAndTheTotal(string code, int peopleServed, string programs)
    {
        var data = await _client.QueryAsync(
            "query($code: String!) { department(code: $code) { profile(period: \"2021-T1\") { period { code } peopleServed programs { program { code } peopleServed figures { measure value } } } } }",
            new { code });
        var profile = data.GetProperty("department").GetProperty("profile");

        Assert.Equal("2021-T1", profile.GetProperty("period").Str("code"));
        Assert.Equal(peopleServed, profile.GetProperty("peopleServed").GetInt32());
        Assert.Equal(programs, string.Join(",", profile.GetProperty("programs").EnumerateArray().Select(p => $"{p.GetProperty("program").Str("code")} {p.GetProperty("peopleServed").GetInt32()}")));
    }

    [Fact]
    public async Task Profile_ListsEveryPrintedFigure_AndLeavesBlanksOut()
    {
        var data = await _client.QueryAsync("{ department(code: \"14\") { profile { programs { program { code } figures { measure value } } } } }");
        var social = data.GetProperty("department").GetProperty("profile").GetProperty("programs").EnumerateArray()
            .Single(p => p.GetProperty("program").Str("code") == "social-service");

        // Quiché in Servicio Social: HOMBRE blank, MUJER 3, TOTAL GÉNERO 3, LADINO / MESTIZO 2, MAYA 1, TOTAL PUEBLO 3, TOTAL DOTACIONES 3.
        Assert.Equal(
            "WOMEN 3,GENDER_TOTAL 3,LADINO_MESTIZO 2,MAYA 1,PUEBLO_TOTAL 3,PROVISIONS_TOTAL 3",
            string.Join(",", social.GetProperty("figures").EnumerateArray().Select(f => $"{f.Str("measure")} {f.GetProperty("value").GetInt32()}")));
    }

    [Fact]
    public async Task Profile_OfATermNotLoaded_IsANotFoundError_WithTheFormExpected()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = "{ department(code: \"01\") { profile(period: \"1999-T1\") { peopleServed } } }" });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());

        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("department").GetProperty("profile").ValueKind);
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("No term has the code \"1999-T1\". Use period: with the year and term, e.g. \"2021-T1\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileOfEveryDepartment_InATermNotLoaded_LooksTheTermUpOnce()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ departments { nodes { profile(period: \"1999-T1\") { peopleServed } } } }" });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // The page, then the term once: each department's error comes from the term already looked up.
        Assert.Equal("NOT_FOUND", document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2, capture.Commands.Count);
    }
}

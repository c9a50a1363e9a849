using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Limits;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>A lookup that cannot match anything says so, with the form it expects, rather than a bare null.</summary>
public sealed class LookupErrorTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("department(code: \"Jutiapa\")", "\"Jutiapa\" is a name, not an INE code: use name: \"Jutiapa\" or code: \"22\"")]
    [InlineData("department(code: \"peten\")", "\"peten\" is a name, not an INE code: use name: \"peten\" or code: \"17\"")]
    [InlineData("department(name: \"22\")", "\"22\" is an INE code, not a name: use code: \"22\" or name: \"Jutiapa\"")]
    [InlineData("department(name: \"1\")", "\"1\" is an INE code, not a name: use code: \"01\" or name: \"Guatemala\"")]
    [InlineData("program(code: \"MCSM\")", "\"MCSM\" is a name, not a programme code: use name: \"MCSM\" or code: \"women\"")]
    [InlineData("program(code: \"mis años dorados\")", "\"mis años dorados\" is a name, not a programme code: use name: \"mis años dorados\" or code: \"older-people\"")]
    public async Task ACodeThatIsAName_OrANameThatIsACode_NamesTheRightForm(string lookup, string message)
    {
        var (data, code, text) = await ErrorAsync($"{{ {lookup} {{ name }} }}");

        Assert.Equal(JsonValueKind.Null, data.EnumerateObject().Single().Value.ValueKind);
        Assert.Equal("NOT_FOUND", code);
        Assert.Equal(message, text);
    }

    [Theory]
    [InlineData("department(code: \"99\")", "No department has an INE code \"99\". Use code: with an INE code, \"01\" Guatemala to \"22\" Jutiapa")]
    [InlineData("department(name: \"Atlantis\")", "No department has the name \"Atlantis\". Use code: with an INE code")]
    [InlineData("program(code: \"mujer\")", "No program has a programme code \"mujer\". Use code: \"community-homes\", \"social-service\", \"women\" or \"older-people\", or name:")]
    [InlineData("period(code: \"2099-T1\")", "No period has a term code \"2099-T1\". Use code: with the year and term, e.g. \"2021-T1\"")]
    public async Task AValueThatMatchesNothing_SaysWhatFormsAreAccepted(string lookup, string message)
    {
        var (data, code, text) = await ErrorAsync($"{{ {lookup} {{ code }} }}");

        Assert.Equal(JsonValueKind.Null, data.EnumerateObject().Single().Value.ValueKind);
        Assert.Equal("NOT_FOUND", code);
        Assert.StartsWith(message, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ department { name } }")]
    [InlineData("{ department(code: \"17\", name: \"Petén\") { name } }")]
    [InlineData("{ program { name } }")]
    public async Task BothOrNeitherOfCodeAndName_IsARequestError(string query)
    {
        var refusal = await Refusals.RefusedAsync(_client, Refusals.Body(query), HttpStatusCode.BadRequest, "INVALID_LOOKUP");

        Assert.StartsWith("Give one of code or name, not both or neither.", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<(JsonElement Data, string? Code, string? Message)> ErrorAsync(string query)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        return (document.RootElement.GetProperty("data").Clone(), error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("message").GetString());
    }
}

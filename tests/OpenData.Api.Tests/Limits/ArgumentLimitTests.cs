using System.Net;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;
using static OpenData.Api.Tests.Limits.Refusals;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// Arguments that cannot run, and the cost and rows of a query, all found while validating: a request error (400)
/// naming the argument or the limit, before any SQL runs.
/// </summary>
public sealed class ArgumentLimitTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheProbesQueryOf121Bytes_IsRefusedForItsCost_WithTheCostAndTheBudget_BeforeAnySql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        const string query = "{ programs { nodes { beneficiaryFigures { program { beneficiaryFigures { program { beneficiaryFigures { value } } } } } } } }";

        var error = await RefusedAsync(client, Body(query), HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED", "Limits:MaxCost");

        var extensions = error.GetProperty("extensions");
        Assert.Equal(100_000, extensions.GetProperty("allowed").GetInt64());
        Assert.True(extensions.GetProperty("requested").GetInt64() > 1_000_000);
        Assert.Empty(capture.Commands);
    }

    [Fact]
    public async Task RowsPastTheLimit_AreRefused_WhateverTheCost()
    {
        // With a limit of 500 rows: 22 departments and the most figures any one has, each, is more.
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("Limits:MaxNodes", "500")).CreateClient();
        const string query = "{ departments { nodes { beneficiaryFigures { value } } } }";

        var error = await RefusedAsync(client, Body(query), HttpStatusCode.BadRequest, "TOO_MANY_NODES", "Limits:MaxNodes");
        Assert.True(error.GetProperty("extensions").GetProperty("requested").GetInt64() > 500);
        Assert.Equal(22, (await client.QueryAsync("{ departments { nodes { code } } }")).Nodes("departments").Count());
    }

    [Fact]
    public async Task Cost_FollowsFirst_SoAnAskForFewerRowsIsAnswered()
    {
        const string query = "{ programs(first: 2) { nodes { beneficiaryFigures(first: 3) { program { beneficiaryFigures(first: 3) { value } } } } } }";

        var data = await _client.QueryAsync(query);
        Assert.Equal(2, data.Nodes("programs").Count());
    }

    [Fact]
    public async Task AnAmountOutOfRange_IsRefused_NamingTheArgument()
    {
        var error = await RefusedAsync(_client, Body("{ budgetLines(where: { executed: { gt: 1e17 } }) { totalCount } }"), HttpStatusCode.BadRequest, "VALUE_OUT_OF_RANGE");

        Assert.StartsWith("where.executed.gt:", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InWith20000ItemsFromVariables_IsRefused_BeforeTheDatabaseSeesIt()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await RefusedAsync(client, Body("query($x: [Int]) { socialServiceCoverage(where: { men: { in: $x } }) { totalCount } }", new { x = Enumerable.Repeat(1, 20_000) }),
            HttpStatusCode.BadRequest, "LIST_TOO_LONG", "Limits:MaxListItems");
        Assert.Empty(capture.Commands);
    }

    [Fact]
    public async Task OrWith1000ConditionsFromVariables_IsRefused() =>
        await RefusedAsync(_client, Body("query($w: [DepartmentFilterInput!]) { departments(where: { or: $w }) { totalCount } }", new { w = Enumerable.Repeat(new { code = new { eq = "01" } }, 1_000) }),
            HttpStatusCode.BadRequest, "LIST_TOO_LONG", "Limits:MaxListItems");

    [Fact]
    public async Task OrWith500Conditions_AtTheListLimit_IsAnswered()
    {
        var data = await _client.QueryAsync(
            "query($w: [DepartmentFilterInput!]) { departments(where: { or: $w }) { totalCount } }",
            new { w = Enumerable.Range(1, 500).Select(i => new { code = new { eq = i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) } }) });

        Assert.Equal(22, data.GetProperty("departments").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task FilterWithMoreConditionsThanTheLimit_IsRefused()
    {
        // Three lists of 400 conditions: each within the list limit, together past the filter limit.
        var conditions = Enumerable.Repeat(new { code = new { eq = "01" } }, 400).ToList();

        await RefusedAsync(_client, Body("query($w: [DepartmentFilterInput!]) { departments(where: { or: $w, and: [{ or: $w }, { or: $w }] }) { totalCount } }", new { w = conditions }),
            HttpStatusCode.BadRequest, "FILTER_TOO_LARGE", "Limits:MaxFilterConditions");
    }

    [Fact]
    public async Task ACursorOutOfRange_IsRefused_NotWrappedToPageOne()
    {
        var cursor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("offset:2147483647"));

        await RefusedAsync(_client, Body($"{{ departments(after: \"{cursor}\") {{ nodes {{ name }} }} }}"), HttpStatusCode.BadRequest, "INVALID_CURSOR");
    }

    [Fact]
    public async Task FirstOutsideTheRange_IsARequestError()
    {
        await RefusedAsync(_client, Body("{ departments(first: 501) { nodes { name } } }"), HttpStatusCode.BadRequest, "PAGE_SIZE_OUT_OF_RANGE");
        await RefusedAsync(_client, Body("{ departments { nodes { beneficiaryFigures(first: -1) { value } } } }"), HttpStatusCode.BadRequest, "PAGE_SIZE_OUT_OF_RANGE");
    }

    [Theory]
    [InlineData("""{"query":"{ departments(where: { name: { eq: \"\ud800\" } }) { totalCount } }"}""")]
    [InlineData("""{"query":"query($n: String) { departments(where: { name: { eq: $n } }) { totalCount } }","variables":{"n":"\udfff"}}""")]
    [InlineData("""{"query":"query Q { __typename }","operationName":"Q\ud800"}""")]
    public async Task ALoneSurrogate_InTheQueryAVariableOrTheOperationName_IsRefused(string body) =>
        await RefusedAsync(_client, body, HttpStatusCode.BadRequest, "INVALID_TEXT");

    [Fact]
    public async Task InvalidUtf8_InTheQuery_IsRefused()
    {
        var body = Utf8("""{"query":"{ departments(where: { name: { eq: \"X\" } }) { totalCount } }"}""");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF;

        await RefusedAsync(_client, RawPost(body), HttpStatusCode.BadRequest, "INVALID_TEXT");
    }

    [Theory]
    [InlineData("{ period(code: \"\\ud800\") { name } }")]
    [InlineData("{ departments(where: { name: { contains: \"a\\udc00\" } }) { totalCount } }")]
    public async Task ALoneSurrogate_WrittenAsAGraphQLEscape_IsRefused(string query) =>
        await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "INVALID_TEXT");

    [Theory]
    [InlineData("{ departments(where: { name: { eq: \"a\\u0000b\" } }) { totalCount } }")]
    public async Task ANul_InAFilter_IsRefused_TheSameOnBothDatabases(string query) =>
        await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "INVALID_TEXT");

    /// <summary>
    /// Terms are looked up as the query runs (an error there is the field's, beside the rest of the data); a lookup
    /// that does not go through the filters (a profile's term) meets the last check, before its SQL.
    /// </summary>
    [Theory]
    [InlineData("{ donations(first: 1, period: \"\\u00002021-t1\") { totalCount } }")]
    [InlineData("{ department(code: \"17\") { profile(period: \"\\ud8002021-T1\") { peopleServed } } }")]
    [InlineData("{ department(code: \"17\") { profile(period: \"2021\\u0000-T1\") { peopleServed } } }")]
    public async Task UnusableText_InAnyArgument_IsAnInvalidTextError_NeverAServerError(string query)
    {
        using var response = await _client.SendAsync(Post(Body(query), GraphQLResponseJson));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"INVALID_TEXT\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", text, StringComparison.Ordinal);
        await StillAnswersAsync(_client);
    }

    [Fact]
    public async Task TextThatCannotBeNormalized_IsComparedAsIs()
    {
        var data = await _client.QueryAsync("{ programs(where: { code: { eq: \"\uFFFE01\" } }) { totalCount } departments(where: { name: { contains: \"\uFFFE\" } }) { totalCount } }");

        Assert.Equal(0, data.GetProperty("programs").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("departments").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnInputSetToNull_AsksForNothing()
    {
        var data = await _client.QueryAsync("{ budgetLines(where: { not: null, program: null, executed: null }) { totalCount } departments(where: { socialServiceCoverage: { some: null } }) { totalCount } }");

        Assert.Equal(5, data.GetProperty("budgetLines").GetProperty("totalCount").GetInt32());
        Assert.Equal(22, data.GetProperty("departments").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TypenameAmongTheSums_IsAnswered()
    {
        var data = await _client.QueryAsync("{ beneficiaryFigures { aggregates { sum { __typename value } } } }");

        Assert.Equal("BeneficiaryFigureMeasures", data.GetProperty("beneficiaryFigures").GetProperty("aggregates").GetProperty("sum").GetProperty("__typename").GetString());
    }
}

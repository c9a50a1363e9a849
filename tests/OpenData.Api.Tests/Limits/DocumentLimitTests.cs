using System.Net;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Limits.Refusals;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// The limits a document meets before it is validated, each sent over HTTP to the real server: refused with the
/// GraphQL-over-HTTP status, an error code and the setting it hit, no SQL run, and the server answering after.
/// </summary>
public sealed class DocumentLimitTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Body_OverTheLimit_Is413_ByContentLength()
    {
        var query = "{ " + Repeat("__typename", 7_000) + " }";

        await RefusedAsync(_client, Body(query), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE", "Limits:MaxBodyBytes");
    }

    [Fact]
    public async Task Body_OverTheLimit_Is413_WhenStreamedWithoutALength()
    {
        using var request = RawPost([]);
        request.Content = new StreamContent(new MemoryStream(Utf8(Body("{ " + Repeat("__typename", 7_000) + " }"))));
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await StillAnswersAsync(_client);
    }

    [Fact]
    public async Task Document_LongerThanTheLimit_IsRefusedBeforeParsing()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        await RefusedAsync(client, Body("{ departments { nodes { name } } }" + new string(' ', 12_000)), HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE", "Limits:MaxDocumentCharacters");
        Assert.Empty(capture.Commands);
    }

    [Fact]
    public async Task Document_WithMoreTokensThanTheLimit_IsRefused() =>
        await RefusedAsync(_client, Body("{" + Repeat("a", 2_100, ",") + "}"), HttpStatusCode.BadRequest, "TOO_MANY_TOKENS", "Limits:MaxTokens");

    [Fact]
    public async Task Token_LongerThanTheLimit_IsRefused() =>
        await RefusedAsync(_client, Body("{ departments(where: { name: { eq: \"" + new string('x', 2_500) + "\" } }) { totalCount } }"), HttpStatusCode.BadRequest, "TOKEN_TOO_LONG", "Limits:MaxTokenCharacters");

    [Theory]
    [InlineData(64, true)]
    [InlineData(64, false)]
    [InlineData(500, false)]
    public async Task ParserDepthBomb_IsRefused_Closed_OrNot(int depth, bool closed)
    {
        var query = string.Concat(Enumerable.Repeat("{a", depth)) + (closed ? new string('}', depth) : string.Empty);

        await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "NESTING_TOO_DEEP", "Limits:MaxNesting");
    }

    [Fact]
    public async Task NotInsideNot_70Deep_IsRefused()
    {
        var where = string.Concat(Enumerable.Repeat("{ not: ", 70)) + "{ code: { eq: \"01\" } }" + new string('}', 70);

        await RefusedAsync(_client, Body($"{{ departments(where: {where}) {{ totalCount }} }}"), HttpStatusCode.BadRequest, "NESTING_TOO_DEEP", "Limits:MaxNesting");
    }

    [Fact]
    public async Task Variables_NestedPastTheLimit_AreRefused()
    {
        var where = System.Text.Json.JsonSerializer.Deserialize<object>(string.Concat(Enumerable.Repeat("{\"not\":", 45)) + "{}" + new string('}', 45));

        await RefusedAsync(_client, Body("query($w: DepartmentFilterInput) { departments(where: $w) { totalCount } }", new { w = where }), HttpStatusCode.BadRequest, "NESTING_TOO_DEEP", "Limits:MaxNesting");
    }

    [Fact]
    public async Task Depth_PastTheLimit_ThroughRealLinks_IsRefused()
    {
        var query = "{ goals { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 11)) + "concept" + new string('}', 11) + " } } }";

        var error = await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "QUERY_TOO_DEEP", "Limits:MaxDepth");
        Assert.Equal(14, error.GetProperty("extensions").GetProperty("requested").GetInt32());
    }

    [Fact]
    public async Task Depth_AtTheLimit_IsAnswered()
    {
        var query = "{ goals(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("previous { ", 9)) + "concept" + new string('}', 9) + " } } }";

        var data = await _client.QueryAsync(query);
        Assert.Single(data.Nodes("goals"));
    }

    [Fact]
    public async Task StandardIntrospectionQuery_IsAnswered()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "OpenData.Api.Tests", "Limits", "IntrospectionQuery.graphql"));

        var data = await _client.QueryAsync(query);
        Assert.Contains(data.GetProperty("__schema").GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Department");
    }

    [Fact]
    public async Task Introspection_SchemaTwice_IsRefused() =>
        await RefusedAsync(_client, Body("{ __schema { queryType { name } } again: __schema { queryType { name } } }"), HttpStatusCode.BadRequest, "INTROSPECTION_REPEATED", "Limits:Introspection");

    [Fact]
    public async Task Introspection_FieldsNestedPastTheLimit_IsRefused()
    {
        var query = "{ __type(name: \"Department\") { " + string.Concat(Enumerable.Repeat("fields { type { ", 4)) + "name" + new string('}', 8) + " } }";

        await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "INTROSPECTION_TOO_DEEP", "Limits:MaxIntrospectionDepth");
    }

    [Fact]
    public async Task Aliases_PastTheLimit_AreRefused() =>
        await RefusedAsync(_client, Body("{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }"), HttpStatusCode.BadRequest, "TOO_MANY_ALIASES", "Limits:MaxAliases");

    [Fact]
    public async Task Directives_PastTheLimit_AreRefused() =>
        await RefusedAsync(_client, Body("{ __typename " + Repeat("@include(if: true)", 21) + " }"), HttpStatusCode.BadRequest, "TOO_MANY_DIRECTIVES", "Limits:MaxDirectives");

    [Fact]
    public async Task RootFields_PastTheLimit_AreRefused()
    {
        // 21 root fields with 21 aliases: within the alias limit, past the root-field limit.
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 21).Select(i => $"d{i}: departments(first: 1) {{ totalCount }}")) + " }";

        await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "TOO_MANY_ROOT_FIELDS", "Limits:MaxRootFields");
    }

    [Fact]
    public async Task FragmentBomb_IsRefusedBeforeValidation_WithoutSql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        var fragments = "fragment F0 on Program { beneficiaryFigures { value } }\n"
            + string.Concat(Enumerable.Range(1, 27).Select(i => $"fragment F{i} on Program {{ ...F{i - 1} ...F{i - 1} }}\n"));

        var error = await RefusedAsync(client, Body("{ programs { nodes { ...F27 } } }\n" + fragments), HttpStatusCode.BadRequest, "TOO_MANY_FIELDS", "Limits:MaxFields");

        Assert.True(error.GetProperty("extensions").GetProperty("requested").GetInt64() > 100_000_000);
        Assert.DoesNotContain(capture.Commands, c => c.Sql.Contains("BeneficiaryFigures", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatedFields_ThroughFragments_PastTheLimit_AreRefused()
    {
        var query = "{ departments { nodes { ...A } } } fragment A on Department { " + Repeat("...B", 30) + " } fragment B on Department { " + Repeat("__typename", 100) + " }";

        await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "TOO_MANY_FIELDS", "Limits:MaxFields");
    }

    [Fact]
    public async Task SyntaxError_AtTheEndOfALongLine_IsAClearError_AtTheRightColumn()
    {
        var query = "{ departments { nodes { name } } }" + new string(' ', 11_000) + "}";

        var error = await RefusedAsync(_client, Body(query), HttpStatusCode.BadRequest, "SYNTAX_ERROR");

        var location = error.GetProperty("locations")[0];
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(query.Length, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task ValidationErrors_PastTheLimit_AreCountedInOne()
    {
        var query = "{ departments { nodes { " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"missing{i}")) + " } } }";

        using var response = await _client.SendAsync(Http.GraphQLRequests.Post(Body(query), Http.GraphQLRequests.GraphQLResponseJson));
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(21, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[^1].GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("10 more errors", errors[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyntaxError_AfterALoneCarriageReturn_IsAClearError() =>
        await RefusedAsync(_client, Body("{ departments\r(first: ) { totalCount } }"), HttpStatusCode.BadRequest, "SYNTAX_ERROR");
}

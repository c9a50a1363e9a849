using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Languages;

/// <summary>Our own error messages come in Spanish when the request asks for it, and in English otherwise.</summary>
public sealed class SpanishErrorsTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Theory]
    [InlineData("{ department(code: \"Jutiapa\") { name } }",
        "\"Jutiapa\" is a name, not an INE code: use name: \"Jutiapa\" or code: \"22\"",
        "\"Jutiapa\" es un nombre, no un código: use name: \"Jutiapa\" o code: \"22\"")]
    [InlineData("{ department(name: \"Atlantida\") { name } }",
        "No department has the name \"Atlantida\".",
        "Ningún departamento tiene el nombre \"Atlantida\".")]
    [InlineData("{ departments(first: -1) { nodes { name } } }",
        "\"first\" must be between 0 and",
        "\"first\" debe estar entre 0 y")]
    [InlineData("{ departments(after: \"not-a-cursor\") { nodes { name } } }",
        "\"not-a-cursor\" is not a cursor this API gave out.",
        "\"not-a-cursor\" no es un cursor que haya dado esta API.")]
    [InlineData("{ period(code: \"2099-T9\") { code } }",
        "No period has a term code \"2099-T9\".",
        "Ningún período tiene el código \"2099-T9\".")]
    public async Task OurMessages_FollowAcceptLanguage(string query, string english, string spanish)
    {
        var inEnglish = await MessageAsync(query, null);
        var inSpanish = await MessageAsync(query, "es-GT,es;q=0.9");
        Assert.Contains(english, inEnglish, StringComparison.Ordinal);
        Assert.Contains(spanish, inSpanish, StringComparison.Ordinal);
        Assert.DoesNotContain(english, inSpanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALimitsRefusal_InSpanish_StillNamesTheSetting()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 200).Select(i => $"a{i}: __typename ")) + "}";
        var message = await MessageAsync(query, "es");
        Assert.Contains("se permiten como máximo", message, StringComparison.Ordinal);
        Assert.Contains("(Limits:", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/nothing.csv", "There is no export /export/nothing.csv.", "No existe la exportación /export/nothing.csv.")]
    [InlineData("/export/goals.csv?colour=red", "?colour= is not a parameter of an export", "?colour= no es un parámetro de exportación")]
    [InlineData("/export/goals.csv?period=2099-T9", "No term \"2099-T9\" is loaded", "No hay ningún período \"2099-T9\" cargado")]
    public async Task AnExportsRefusal_FollowsAcceptLanguage(string path, string english, string spanish)
    {
        using var client = factory.CreateClient();
        foreach (var (language, expected) in new[] { ((string?)null, english), ("es", spanish) })
        {
            using var request = WithAcceptLanguage(new HttpRequestMessage(HttpMethod.Get, path), language);

            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.False(response.IsSuccessStatusCode, text);
            using var body = JsonDocument.Parse(text);
            Assert.Contains(expected, body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    private async Task<string> MessageAsync(string query, string? acceptLanguage)
    {
        using var client = factory.CreateClient();
        using var request = WithAcceptLanguage(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) }, acceptLanguage);

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        Assert.True(body.RootElement.TryGetProperty("errors", out var errors), text);
        return errors[0].GetProperty("message").GetString()!;
    }
}

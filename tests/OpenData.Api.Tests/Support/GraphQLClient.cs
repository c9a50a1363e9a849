using System.Net.Http.Json;
using System.Text.Json;

namespace OpenData.Api.Tests.Support;

/// <summary>Posts a query and returns its data, failing the test on any GraphQL error.</summary>
public static class GraphQLClient
{
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), $"GraphQL errors: {body}");
        return document.RootElement.GetProperty("data").Clone();
    }

    public static int? IntOrNull(this JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetInt32();

    public static decimal? DecimalOrNull(this JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDecimal();

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static JsonElement.ArrayEnumerator Nodes(this JsonElement data, string collection) =>
        data.GetProperty(collection).GetProperty("nodes").EnumerateArray();
}

using System.Net;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Limits;

/// <summary>Sends hostile requests and checks how they are refused: status, error code, the limit named, and that the server still answers.</summary>
internal static class Refusals
{
    /// <summary>A JSON body for a query and, optionally, its variables.</summary>
    public static string Body(string query, object? variables = null) =>
        JsonSerializer.Serialize(variables is null ? new { query } : (object)new { query, variables });

    /// <summary>
    /// Posts <paramref name="body"/> asking for graphql-response+json and checks it is refused with
    /// <paramref name="status"/> and <paramref name="code"/>, with no data and nothing internal in the answer, and that
    /// <c>{ __typename }</c> still answers afterwards. Returns the first error.
    /// </summary>
    public static async Task<JsonElement> RefusedAsync(HttpClient client, string body, HttpStatusCode status, string code, string? limit = null)
    {
        using var request = Post(body, GraphQLResponseJson);
        return await RefusedAsync(client, request, status, code, limit);
    }

    public static async Task<JsonElement> RefusedAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode status, string code, string? limit = null)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, $"A refused request has no data: {text}");
        var error = json.RootElement.GetProperty("errors")[0].Clone();
        var extensions = error.GetProperty("extensions");
        Assert.Equal(code, extensions.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(extensions.GetProperty("traceId").GetString()), "Every refusal carries a trace id.");
        if (limit is not null)
        {
            Assert.Equal(limit, extensions.GetProperty("limit").GetString());
            Assert.Contains(limit, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        foreach (var leak in new[] { "   at ", ".cs:line", "Exception", "SQLite", "SELECT ", "/work/" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }

        await StillAnswersAsync(client);
        return error;
    }

    public static async Task StillAnswersAsync(HttpClient client)
    {
        var data = await client.QueryAsync("{ __typename }");
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
    }

    /// <summary>A body of raw bytes, for what a JSON serializer would never write.</summary>
    public static HttpRequestMessage RawPost(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponseJson);
        return request;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary><paramref name="text"/> repeated <paramref name="times"/> times, joined by <paramref name="separator"/>.</summary>
    public static string Repeat(string text, int times, string separator = " ") => string.Join(separator, Enumerable.Repeat(text, times));
}

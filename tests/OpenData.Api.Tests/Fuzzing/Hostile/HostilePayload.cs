using System.Globalization;
using System.Text;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>
/// A hostile request before it is put on the wire: a query with raw JSON for the variables (so it can hold
/// <c>1e400</c> or <c>\ud800</c>), or a body of raw bytes that no JSON writer would produce.
/// </summary>
public sealed record HostilePayload(string Query, string? VariablesJson = null, string? OperationName = null, byte[]? RawBody = null)
{
    public static HostilePayload Raw(byte[] body) => new(string.Empty, RawBody: body);

    /// <summary>Mostly POST; text payloads sometimes as GET, where the same text travels percent-encoded.</summary>
    public FuzzRequest ToRequest(string kind, Rng rng)
    {
        var accept = rng.Pick(Valid.ValidRequests.Accepts);
        if (RawBody is not null)
        {
            return FuzzRequest.Post(kind, RawBody, accept);
        }

        if (rng.Chance(0.15))
        {
            var query = new StringBuilder("query=").Append(Percent(Query));
            if (VariablesJson is not null)
            {
                query.Append("&variables=").Append(Percent(VariablesJson));
            }

            if (OperationName is not null)
            {
                query.Append("&operationName=").Append(Percent(OperationName));
            }

            return FuzzRequest.Get(kind, query.ToString(), accept);
        }

        var body = new StringBuilder("{\"query\":").Append(JsonString(Query));
        if (VariablesJson is not null)
        {
            body.Append(",\"variables\":").Append(VariablesJson);
        }

        if (OperationName is not null)
        {
            body.Append(",\"operationName\":").Append(JsonString(OperationName));
        }

        return FuzzRequest.Post(kind, Encoding.UTF8.GetBytes(body.Append('}').ToString()), accept);
    }

    /// <summary>
    /// A JSON string literal. Unlike System.Text.Json, which refuses them, a lone surrogate is written as its
    /// \uXXXX escape: valid JSON syntax that no valid UTF-16 string decodes to.
    /// </summary>
    public static string JsonString(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                json.Append(c).Append(text[++i]);
            }
            else if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    // Lone surrogates cannot be percent-encoded as UTF-8; they go as U+FFFD, which is what a browser sends too.
    private static string Percent(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return encoded.ToString();
    }
}

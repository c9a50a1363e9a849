using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>
/// One request exactly as it goes on the wire: a POST body as raw bytes (so invalid UTF-8 stays invalid) or a
/// GET query string, and the Accept header. Printed as a curl command that sends the very same bytes.
/// </summary>
public sealed record FuzzRequest(string Kind, HttpMethod Method, string? Accept, byte[] Body, string? QueryString)
{
    public const string Path = "/graphql";

    private const int MaxPrinted = 16 * 1024;

    public static FuzzRequest Post(string kind, byte[] body, string? accept) => new(kind, HttpMethod.Post, accept, body, null);

    public static FuzzRequest Get(string kind, string queryString, string? accept) => new(kind, HttpMethod.Get, accept, [], queryString);

    /// <summary>How big the request is; CsCheck shrinks towards the smallest failing one.</summary>
    public ulong Size => (ulong)(Body.Length + (QueryString?.Length ?? 0));

    /// <summary>The request's text with invalid UTF-8 decoded as U+FFFD, for telling echoed input from leaks.</summary>
    public string Text => Method == HttpMethod.Get ? Uri.UnescapeDataString(QueryString!.Replace('+', ' ')) : Encoding.UTF8.GetString(Body);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Method == HttpMethod.Get ? $"{Path}?{QueryString}" : Path);
        if (Method == HttpMethod.Post)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        return message;
    }

    /// <summary>
    /// The curl command, or for a body too long to paste, the file the body was written to and a curl
    /// command that sends that file.
    /// </summary>
    public string Describe()
    {
        if (Body.Length <= MaxPrinted)
        {
            return ToString();
        }

        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "opendata-fuzz", $"{Convert.ToHexString(SHA256.HashData(Body))[..16]}.json");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, Body);
        var accept = Accept is null ? string.Empty : $" -H 'Accept: {Accept}'";
        return $"[{Kind}] {Body.Length:N0}-byte body in {file}, starting {Encoding.UTF8.GetString(Body, 0, 300)}…\n"
            + $"curl -sS -i -X POST -H 'Content-Type: application/json'{accept} --data-binary @{file} http://localhost:5000{Path}";
    }

    /// <summary>A shell command that replays the request against a local server, byte for byte.</summary>
    public override string ToString()
    {
        var accept = Accept is null ? string.Empty : $" -H 'Accept: {Accept}'";
        if (Method == HttpMethod.Get)
        {
            return $"[{Kind}] curl -sS -i{accept} 'http://localhost:5000{Path}?{QueryString}'";
        }

        return $"[{Kind}] printf '{PrintfEscape(Body)}' | curl -sS -i -X POST -H 'Content-Type: application/json'{accept} --data-binary @- http://localhost:5000{Path}";
    }

    // Printable ASCII stays readable; everything else, and the characters printf or the shell would read, as \xHH.
    private static string PrintfEscape(byte[] body)
    {
        var text = new StringBuilder(body.Length);
        foreach (var b in body)
        {
            text.Append(b switch
            {
                (byte)'\'' or (byte)'\\' or (byte)'%' or < 0x20 or >= 0x7F => $"\\x{b:X2}",
                _ => ((char)b).ToString(),
            });
        }

        return text.ToString();
    }
}

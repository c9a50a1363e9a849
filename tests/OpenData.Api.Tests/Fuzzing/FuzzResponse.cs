using System.Text;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>What came back, and how long it took.</summary>
public sealed record FuzzResponse(int Status, string? MediaType, byte[] Body, TimeSpan Elapsed)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public override string ToString()
    {
        var text = Text;
        return $"HTTP {Status} ({MediaType ?? "no Content-Type"}) after {Elapsed.TotalMilliseconds:N0} ms: {(text.Length > 2_000 ? text[..2_000] + "…" : text)}";
    }
}

/// <summary>A broken property: <see cref="Problem"/> names the class of failure, the message has the details.</summary>
public sealed class FuzzFailureException(string problem, string message, Exception? inner = null) : Exception($"{problem}: {message}", inner)
{
    public string Problem { get; } = problem;
}

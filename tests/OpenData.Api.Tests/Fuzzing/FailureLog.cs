using System.Collections.Concurrent;
using System.Text;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>
/// The smallest request seen for each class of failure. CsCheck reports only the one smallest failure of a run;
/// this keeps one reproducible request per distinct problem, so one run lists everything it found.
/// </summary>
public sealed class FailureLog
{
    private readonly ConcurrentDictionary<string, (FuzzRequest Request, string Message)> _smallest = new();

    public void Add(FuzzRequest request, FuzzFailureException failure) =>
        _smallest.AddOrUpdate(
            $"{request.Kind}: {failure.Problem}",
            (request, failure.Message),
            (_, known) => request.Size < known.Request.Size ? (request, failure.Message) : known);

    /// <summary>Every class with its smallest request, but only the name of one whose request <paramref name="except"/> already shows.</summary>
    public string Describe(string except)
    {
        var text = new StringBuilder($"{_smallest.Count} distinct failure classes, each with its smallest request:");
        foreach (var (name, (request, message)) in _smallest.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("\n== ").Append(name);
            var described = request.Describe();
            if (!except.Contains(described, StringComparison.Ordinal))
            {
                text.Append("\n   ").Append(described).Append("\n   -> ").Append(message.Length > 600 ? message[..600] + "…" : message).Append('\n');
            }
        }

        return text.ToString();
    }
}

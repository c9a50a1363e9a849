using System.Text.Json;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>What every answer must satisfy: valid queries get data without errors; nothing gets a crash, a hang or a leak.</summary>
public static class ResponseProperties
{
    /// <summary>
    /// Text only the server could have written: stack traces, exception type names, the database, SQL and its
    /// own file paths. A marker counts only when the request does not contain it, since messages may echo input.
    /// </summary>
    private static readonly (string Marker, StringComparison Comparison)[] _leaks =
    [
        ("   at ", StringComparison.Ordinal),
        (".cs:line", StringComparison.Ordinal),
        ("Exception", StringComparison.Ordinal),
        ("SQLite", StringComparison.OrdinalIgnoreCase),
        ("SELECT \"", StringComparison.OrdinalIgnoreCase),
        ("/work/", StringComparison.Ordinal),
        ("/src/", StringComparison.Ordinal),
        ("/tmp/", StringComparison.Ordinal),
    ];

    public static void Valid(FuzzRequest request, FuzzResponse response)
    {
        if (response.Status != 200)
        {
            throw new FuzzFailureException($"valid query answered HTTP {response.Status}", response.ToString());
        }

        if (response.Elapsed >= FuzzSettings.TimeLimit)
        {
            throw new FuzzFailureException($"valid query slower than {FuzzSettings.TimeLimit.TotalSeconds:N0} s", response.ToString());
        }

        using var document = Parse(response);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors))
        {
            throw new FuzzFailureException($"valid query answered errors ({FirstCode(errors)})", response.ToString());
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new FuzzFailureException("valid query answered no data", response.ToString());
        }
    }

    public static void Hostile(FuzzRequest request, FuzzResponse response)
    {
        if (response.Status >= 500 && response.Status != 503)
        {
            throw new FuzzFailureException($"HTTP {response.Status}", response.ToString());
        }

        if (response.Elapsed >= FuzzSettings.TimeLimit)
        {
            throw new FuzzFailureException($"slower than {FuzzSettings.TimeLimit.TotalSeconds:N0} s", response.ToString());
        }

        using var document = Parse(response);
        var root = document.RootElement;
        var hasErrors = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array;
        if (!hasErrors && !(root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out _)))
        {
            throw new FuzzFailureException("answer has neither errors nor data", response.ToString());
        }

        // An unhandled exception is a 500 whichever status carries it: inside a 200 it is an error with this code.
        if (hasErrors && root.GetProperty("errors").EnumerateArray().Any(IsInternal))
        {
            throw new FuzzFailureException("unhandled exception (INTERNAL_SERVER_ERROR in a 200)", response.ToString());
        }

        var sent = request.Text;
        var text = response.Text;
        foreach (var (marker, comparison) in _leaks)
        {
            if (text.Contains(marker, comparison) && !sent.Contains(marker, comparison))
            {
                throw new FuzzFailureException($"leak of \"{marker}\"", response.ToString());
            }
        }
    }

    private static bool IsInternal(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("extensions", out var extensions)
        && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var code)
        && code.ValueKind == JsonValueKind.String && code.GetString() == "INTERNAL_SERVER_ERROR";

    private static JsonDocument Parse(FuzzResponse response)
    {
        try
        {
            return JsonDocument.Parse(response.Body);
        }
        catch (JsonException e)
        {
            throw new FuzzFailureException("answer is not JSON", $"{e.Message} in {response}");
        }
    }

    private static string FirstCode(JsonElement errors)
    {
        var first = errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 ? errors[0] : default;
        if (first.ValueKind != JsonValueKind.Object)
        {
            return "no error object";
        }

        return first.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.ToString()
            : first.TryGetProperty("message", out var message) ? message.ToString() : "no message";
    }
}

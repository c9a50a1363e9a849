using System.Globalization;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>Case counts, seed and hostile kinds, from the environment so a failure can be replayed.</summary>
public static class FuzzSettings
{
    public static int ValidCases => Number("FUZZ_VALID_CASES", 3_000);

    public static int HostileCases => Number("FUZZ_HOSTILE_CASES", 3_000);

    /// <summary>The seed CsCheck printed for a failure; it is run first, then the remaining cases.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>Only these hostile kinds (comma-separated names of <c>HostileKind</c>); all when unset.</summary>
    public static string? HostileKinds => Environment.GetEnvironmentVariable("FUZZ_HOSTILE_KINDS");

    /// <summary>The server is asked <c>{ __typename }</c> after this many cases, and at the end.</summary>
    public const int BatchSize = 100;

    /// <summary>The server's execution time limit is 5 s: an answer must arrive within this.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(6);

    /// <summary>How long CsCheck may go on shrinking a failure before the remaining cases are skipped.</summary>
    public static readonly TimeSpan ShrinkTime = TimeSpan.FromSeconds(10);

    /// <summary>Past this the client gives up, so a hang fails its case instead of the run.</summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(7);

    private static int Number(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

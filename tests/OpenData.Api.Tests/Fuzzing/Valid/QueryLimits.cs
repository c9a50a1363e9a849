namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// How far valid queries go: well inside the limits the server enforces (document 12,000 characters and
/// 2,000 tokens, depth 12, 30 aliases, 20 directives, 20 root fields, 2,000 fields, 50,000 estimated rows and a
/// cost of 100,000),
/// so that a valid query refused is a server bug, not a near miss.
/// </summary>
public static class QueryLimits
{
    public const int MaxDepth = 8;
    public const int MaxAliases = 10;
    public const int MaxDirectives = 5;
    public const int MaxRootFields = 5;
    public const int MaxFields = 300;

    /// <summary>Lists below the root field: a connection's nodes or edges, a row's list field, grouped aggregates.</summary>
    public const int MaxListLevels = 3;

    /// <summary>Every list level that takes <c>first</c> gets at most this many.</summary>
    public const int MaxPage = 20;

    /// <summary>A list without a page argument is counted at the server's default page.</summary>
    public const int DefaultPage = 50;

    /// <summary>Estimated result rows: each list's page multiplied through the lists above it, summed.</summary>
    public const long MaxRows = 10_000;

    /// <summary>Estimated cost: each field counted once per row of the lists above it, as the server counts it.</summary>
    public const long MaxCost = 50_000;

    public const int MaxDocumentLength = 8_000;
    public const int MaxTokens = 1_200;
}

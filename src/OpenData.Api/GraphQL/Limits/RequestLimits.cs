using OpenData.Api.GraphQL.Filtering;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// Every limit one anonymous request is held to, from the <c>Limits:</c> settings (each name below). Defaults
/// follow graphql-armor, GitHub's GraphQL API and Apollo Router; the README lists each with the error it gives.
/// </summary>
public sealed record RequestLimits
{
    /// <summary><c>MaxBodyBytes</c>: a POST body's size, by Content-Length and as streamed (413).</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary><c>MaxDocumentCharacters</c>: the query's length, checked before it is parsed.</summary>
    public int MaxDocumentCharacters { get; init; } = 12_000;

    /// <summary><c>MaxTokens</c>: names, punctuation, numbers and strings in the query, counted before it is parsed.</summary>
    public int MaxTokens { get; init; } = 2_000;

    /// <summary><c>MaxTokenCharacters</c>: one name, number or string of the query.</summary>
    public int MaxTokenCharacters { get; init; } = 2_000;

    /// <summary><c>MaxNesting</c>: braces, brackets and parentheses inside one another, and the nesting of variables and filters.</summary>
    public int MaxNesting { get; init; } = 40;

    /// <summary><c>MaxDepth</c>: fields inside one another, fragments expanded; introspection has its own limit.</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary><c>MaxIntrospectionDepth</c>: <c>fields</c> inside one another within <c>__schema</c> or <c>__type</c>.</summary>
    public int MaxIntrospectionDepth { get; init; } = 3;

    /// <summary><c>MaxAliases</c>: aliases in the document.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary><c>MaxDirectives</c>: directives in the document.</summary>
    public int MaxDirectives { get; init; } = 20;

    /// <summary><c>MaxRootFields</c>: fields at the top of one operation, fragments expanded.</summary>
    public int MaxRootFields { get; init; } = 20;

    /// <summary><c>MaxFields</c>: field selections of one operation once every fragment is expanded.</summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary><c>MaxCost</c>: the field values an answer can hold, each list multiplying by the rows it can return.</summary>
    public int MaxCost { get; init; } = 100_000;

    /// <summary><c>MaxNodes</c>: the rows an answer can hold in all, estimated the same way.</summary>
    public int MaxNodes { get; init; } = 50_000;

    /// <summary><c>MaxListItems</c>: items of one list argument (<c>in</c>, <c>nin</c>, <c>and</c>, <c>or</c>).</summary>
    public int MaxListItems { get; init; } = 500;

    /// <summary><c>MaxFilterConditions</c>: operators in one filter, lists' items included.</summary>
    public int MaxFilterConditions { get; init; } = 1_000;

    /// <summary><c>ExecutionTimeoutSeconds</c>: the longest a request may execute before it is stopped (503, TIMEOUT).</summary>
    public double ExecutionTimeoutSeconds { get; init; } = 5;

    /// <summary><c>MaxErrors</c>: errors returned; the rest are counted in one more.</summary>
    public int MaxErrors { get; init; } = 20;

    /// <summary><c>ExpensiveCost</c>: from this cost on, a request waits its turn among the expensive ones.</summary>
    public int ExpensiveCost { get; init; } = 5_000;

    /// <summary><c>ExpensiveConcurrency</c>: expensive requests executing at once (default: half the cores, at least 1).</summary>
    public int ExpensiveConcurrency { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary><c>ExpensiveQueue</c>: expensive requests waiting for a turn; past that, 503 SERVER_BUSY.</summary>
    public int ExpensiveQueue { get; init; } = 16;

    /// <summary><c>Rate:</c> the per-client token bucket.</summary>
    public RateLimits Rate { get; init; } = new();

    public FilterLimits Filters => new(MaxListItems, MaxFilterConditions, MaxNesting);

    public static RequestLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
        foreach (var (name, value) in new (string, double)[]
        {
            ("MaxBodyBytes", limits.MaxBodyBytes), ("MaxDocumentCharacters", limits.MaxDocumentCharacters), ("MaxTokens", limits.MaxTokens), ("MaxTokenCharacters", limits.MaxTokenCharacters),
            ("MaxNesting", limits.MaxNesting), ("MaxDepth", limits.MaxDepth), ("MaxIntrospectionDepth", limits.MaxIntrospectionDepth),
            ("MaxAliases", limits.MaxAliases), ("MaxDirectives", limits.MaxDirectives), ("MaxRootFields", limits.MaxRootFields),
            ("MaxFields", limits.MaxFields), ("MaxCost", limits.MaxCost), ("MaxNodes", limits.MaxNodes), ("MaxListItems", limits.MaxListItems),
            ("MaxFilterConditions", limits.MaxFilterConditions), ("ExecutionTimeoutSeconds", limits.ExecutionTimeoutSeconds), ("MaxErrors", limits.MaxErrors),
            ("ExpensiveCost", limits.ExpensiveCost), ("ExpensiveConcurrency", limits.ExpensiveConcurrency),
            ("Rate:TokenLimit", limits.Rate.TokenLimit), ("Rate:TokensPerSecond", limits.Rate.TokensPerSecond),
            ("Rate:UncachedCost", limits.Rate.UncachedCost),
        })
        {
            if (value <= 0)
            {
                throw new InvalidOperationException($"Limits:{name} must be more than 0 (is {value}).");
            }
        }

        if (limits.ExpensiveQueue < 0)
        {
            throw new InvalidOperationException($"Limits:ExpensiveQueue must be 0 or more (is {limits.ExpensiveQueue}).");
        }

        return limits;
    }
}

/// <summary>
/// <c>Limits:Rate:</c> a token bucket per client IP address: <c>TokenLimit</c> (the burst), <c>TokensPerSecond</c>
/// (the sustained rate), what an uncached GraphQL answer costs in tokens (<c>UncachedCost</c>; a cached one costs 1),
/// and <c>ExemptLoopback</c> (clients on this machine, as a reverse proxy or the benchmark are, are not limited).
/// </summary>
public sealed record RateLimits
{
    public int TokenLimit { get; init; } = 300;

    public int TokensPerSecond { get; init; } = 50;

    public int UncachedCost { get; init; } = 2;

    public bool ExemptLoopback { get; init; } = true;
}

using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.GraphQL.Execution;

/// <summary>
/// Keeps the documents that parsed and validated, by their text, so a query asked again skips parsing and the
/// validation rules that depend only on the document. The rules that read the request
/// (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: the cost, which reads variables, and GET's
/// query-only rule) run again only for documents they can tell apart: ones with variables or with an operation
/// other than a query. Any rule at all makes GraphQL.NET walk the whole document, which costs as much as the
/// rest of a small query's validation. GraphQL.NET's own MemoryDocumentCache works this way; its package is not
/// one this project can take, so this is the same idea in a few lines.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>Characters of query text kept in all; about ten times that in memory.</summary>
    public const long SizeLimit = 2_000_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    /// <summary>After the options are configured (100), as GraphQL.NET's document cache runs.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out Entry? entry) && entry is not null)
        {
            options.Document = entry.Document;
            if (entry.ReadsRequest)
            {
                options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            }
            else
            {
                // Nothing of the request can change the cost: the one worked out when the document was validated holds.
                options.ValidationRules = [];
                CostAnalysis.Remember(options.UserContext, entry.Cost);
            }

            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } validated)
        {
            var readsRequest = validated.Definitions.OfType<GraphQLOperationDefinition>()
                .Any(o => o.Operation != OperationType.Query || o.Variables is { Count: > 0 });
            var cost = CostAnalysis.TallyOf(options.UserContext) ?? new CostTally();
            _documents.Set(query, new Entry(validated, readsRequest, cost), new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    /// <summary>A validated document, and whether the request-dependent rules can still fail for it.</summary>
    private sealed record Entry(GraphQLDocument Document, bool ReadsRequest, CostTally Cost);

    /// <summary>Forgets every document: their costs were worked out on data that has changed.</summary>
    public void Clear() => _documents.Clear();

    public void Dispose() => _documents.Dispose();
}

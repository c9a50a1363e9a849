using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using OpenData.Api.GraphQL.Limits;

namespace OpenData.Api.GraphQL.Execution;

/// <summary>
/// Keeps the documents that parsed and validated, by their text, so a query asked again skips parsing and the
/// validation rules that depend only on the document. What the request can still change is checked again, and only
/// that: GraphQL.NET parses the variables and arguments in any case; the fields whose arguments use a variable are
/// translated into the query model before execution (<see cref="ArgumentPlans.Check"/>), as validation would; and
/// the cost, which variables change only through <c>first</c>/<c>last</c> or <c>@skip</c>/<c>@include</c>, is
/// worked out again (by <see cref="ExecutionOptions.CachedDocumentValidationRules"/>) only for documents that use
/// a variable there, or that have an operation other than a query (GET's query-only rule). Any validation rule at
/// all makes GraphQL.NET walk the whole document twice, which costs as much as the rest of a small query's
/// validation. GraphQL.NET's own MemoryDocumentCache works this way; its package is not one this project can take,
/// so this is the same idea in a few lines. A document is kept the second time its text is asked for
/// (<see cref="OpenData.Api.Caching.SecondRequestFilter"/>).
/// </summary>
public sealed class DocumentCache(IConfiguration configuration) : IConfigureExecution, IDisposable
{
    /// <summary>
    /// <c>GraphQL:DocumentCacheCharacters</c>, the query text kept in all: a parsed, validated document takes about
    /// 17 bytes of memory per character of its text (measured with dotnet-gcdump), so the default keeps about 9 MB.
    /// </summary>
    public const long DefaultSizeLimit = 500_000;

    private const string FieldsKey = "OpenData:FieldsToCheck";
    private static readonly ArgumentCheck _check = new();
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = SizeLimitFrom(configuration) });
    private readonly OpenData.Api.Caching.SecondRequestFilter _asked = new();

    private static long SizeLimitFrom(IConfiguration configuration)
    {
        var characters = configuration.GetValue("GraphQL:DocumentCacheCharacters", DefaultSizeLimit);
        return characters > 0
            ? characters
            : throw new InvalidOperationException($"GraphQL:DocumentCacheCharacters must be more than 0 (is {characters}).");
    }

    /// <summary>
    /// After the options are configured (100) and after the persisted document handler (200) has turned a
    /// <c>documentId</c> into its text, so a saved query is kept by its text like any other.
    /// </summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out Entry? entry) && entry is not null)
        {
            options.Document = entry.Document;
            if (entry.CostReadsRequest)
            {
                options.ValidationRules = options.CachedDocumentValidationRules ?? [];
                return await next(options);
            }

            // Nothing of the request can change the cost: the one worked out when the document was validated holds.
            options.ValidationRules = [];
            CostAnalysis.Remember(options.UserContext, entry.Cost);
            if (entry.FieldsReadingVariables.Count > 0)
            {
                options.UserContext[FieldsKey] = entry.FieldsReadingVariables;
                options.Listeners.Add(_check);
            }

            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } validated && _asked.SeenBefore(query))
        {
            var operations = validated.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var costReadsRequest = operations.Any(o => o.Operation != OperationType.Query)
                || (operations.Any(o => o.Variables is { Count: > 0 }) && CostReadsVariables(validated));
            var fields = ArgumentPlans.TranslatedFields(options.UserContext)
                .Where(f => f.Node.Arguments is { } arguments && arguments.Any(a => ReadsVariable(a.Value)))
                .ToArray();
            var cost = CostAnalysis.TallyOf(options.UserContext) ?? new CostTally();
            _documents.Set(query, new Entry(validated, costReadsRequest, fields, cost), new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    /// <summary>Whether a variable reaches the cost: as a field's <c>first</c>/<c>last</c>, or in a directive (<c>@skip</c>, <c>@include</c>).</summary>
    public static bool CostReadsVariables(GraphQLDocument document) => document.Definitions.Any(definition => definition switch
    {
        GraphQLOperationDefinition operation => DirectivesRead(operation.Directives) || SelectionsRead(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => DirectivesRead(fragment.Directives) || SelectionsRead(fragment.SelectionSet),
        _ => false,
    });

    private static bool SelectionsRead(GraphQLSelectionSet? selections) => selections is not null && selections.Selections.Any(selection => selection switch
    {
        GraphQLField field => DirectivesRead(field.Directives)
            || (field.Arguments is { } arguments && arguments.Any(a => (a.Name.Value == "first" || a.Name.Value == "last") && ReadsVariable(a.Value)))
            || SelectionsRead(field.SelectionSet),
        GraphQLInlineFragment inline => DirectivesRead(inline.Directives) || SelectionsRead(inline.SelectionSet),
        GraphQLFragmentSpread spread => DirectivesRead(spread.Directives),
        _ => true,
    });

    private static bool DirectivesRead(GraphQLDirectives? directives) =>
        directives is not null && directives.Items.Any(d => d.Arguments is { } arguments && arguments.Any(a => ReadsVariable(a.Value)));

    private static bool ReadsVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values is { } values && values.Any(ReadsVariable),
        GraphQLObjectValue obj => obj.Fields is { } fields && fields.Any(f => ReadsVariable(f.Value)),
        _ => false,
    };

    /// <summary>A validated document: whether the request can change its cost, the fields whose arguments read variables, and its cost.</summary>
    private sealed record Entry(GraphQLDocument Document, bool CostReadsRequest, IReadOnlyList<TranslatedField> FieldsReadingVariables, CostTally Cost);

    /// <summary>Between validation and execution: the arguments that read variables, translated as validation would.</summary>
    private sealed class ArgumentCheck : DocumentExecutionListenerBase
    {
        public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
        {
            if (validationResult.IsValid && context.UserContext.TryGetValue(FieldsKey, out var value) && value is IReadOnlyList<TranslatedField> fields)
            {
                ArgumentPlans.Check(fields, validationResult.ArgumentValues, context);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Forgets every document: their costs were worked out on data that has changed.</summary>
    public void Clear() => _documents.Clear();

    public void Dispose() => _documents.Dispose();
}

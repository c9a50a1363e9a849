using System.Globalization;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using OpenData.Api.GraphQL.Paging;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// The cost of a query, worked out by GraphQL.NET's complexity analyser before anything runs: every field counts
/// 1, multiplied by the rows each list above it can return — its <c>first</c> (or its default page) for a page,
/// but never more than its table holds, nor, for a list inside a row, more than the most rows its link holds
/// for any parent (<see cref="RowStatistics"/>). The same walk adds up the rows the answer can hold. Both are
/// refused past <c>Limits:MaxCost</c> and <c>Limits:MaxNodes</c>, with the query's figures in the error.
/// </summary>
public sealed class CostAnalysis
{
    /// <summary>The metadata key of a list field's row estimate.</summary>
    public const string RowsKey = "OpenData:Rows";

    private const string TallyKey = "OpenData:Cost";
    private readonly RowStatistics _statistics;
    private readonly RequestLimits _limits;

    public CostAnalysis(RowStatistics statistics, RequestLimits limits)
    {
        _statistics = statistics;
        _limits = limits;
        Rule = new ComplexityValidationRule(new ComplexityOptions
        {
            DefaultScalarImpact = 1,
            DefaultObjectImpact = 1,
            DefaultComplexityImpactDelegate = Impact,
            ValidateComplexityDelegate = ValidateAsync,
        });
    }

    /// <summary>The validation rule: the analyser, with this model's impacts and limits.</summary>
    public IValidationRule Rule { get; }

    /// <summary>Marks a list field with how many rows it returns for one parent, given its arguments and the statistics.</summary>
    public static void Rows(FieldType field, Func<FieldImpactContext, RowStatistics, double> estimate) => field.Metadata[RowsKey] = estimate;

    /// <summary>The page a `first`/`last` argument asks for, its default page when there is none.</summary>
    public static int PageSize(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments, int defaultSize = PagingArguments.DefaultPageSize)
    {
        var size = WholeArgument(arguments, "first") ?? WholeArgument(arguments, "last") ?? defaultSize;
        return Math.Clamp(size, 0, PagingArguments.MaxPageSize);
    }

    public static int? WholeArgument(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.Value is int number ? number : null;

    /// <summary>The cost and rows of the request being validated or executed, once the analyser has run.</summary>
    public static CostTally? TallyOf(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(TallyKey, out var tally) ? tally as CostTally : null;

    /// <summary>Puts a cost worked out earlier, for the same document, into this request's user context.</summary>
    public static void Remember(IDictionary<string, object?> userContext, CostTally tally) => userContext[TallyKey] = tally;

    private FieldComplexityResult Impact(FieldImpactContext context)
    {
        var tally = Tally(context.ValidationContext);
        var above = context.Parent is { } parent && tally.Standing.TryGetValue(parent.FieldAst, out var standing) ? standing : 1;
        double rows = 1;
        if (context.FieldDefinition.GetMetadata<Func<FieldImpactContext, RowStatistics, double>?>(RowsKey) is { } estimate)
        {
            rows = estimate(context, _statistics);
            tally.Rows += above * rows;
        }

        // Visited depth first: a field's children read its standing before the field is met again elsewhere.
        tally.Standing[context.FieldAst] = above * rows;
        return new FieldComplexityResult(1, rows);
    }

    private Task ValidateAsync(ComplexityValidationContext context)
    {
        var tally = Tally(context.ValidationContext);
        tally.Cost = context.TotalImpact;
        var cost = Rounded(context.TotalImpact);
        var rows = Rounded(tally.Rows);
        if (context.TotalImpact > _limits.MaxCost)
        {
            context.Error = new LimitValidationError("COST_LIMIT_EXCEEDED", "Limits:MaxCost", _limits.MaxCost, cost,
                $"The query's cost is {Shown(cost)}; the budget is {Shown(_limits.MaxCost)} (Limits:MaxCost). Each field counts 1, multiplied by the rows of the lists above it: ask for fewer rows (first) or fewer fields.");
        }
        else if (tally.Rows > _limits.MaxNodes)
        {
            context.Error = new LimitValidationError("TOO_MANY_NODES", "Limits:MaxNodes", _limits.MaxNodes, rows,
                $"The answer could hold {Shown(rows)} rows; at most {Shown(_limits.MaxNodes)} are allowed (Limits:MaxNodes). Ask for fewer rows (first).");
        }

        return Task.CompletedTask;
    }

    private static long Rounded(double value) => value >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(value);

    private static string Shown(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static CostTally Tally(ValidationContext context)
    {
        if (CostAnalysis.TallyOf(context.UserContext) is { } tally)
        {
            return tally;
        }

        tally = new CostTally();
        context.UserContext[TallyKey] = tally;
        return tally;
    }
}

/// <summary>A request's cost and rows as the analyser found them.</summary>
public sealed class CostTally
{
    public Dictionary<GraphQLField, double> Standing { get; } = [];

    public double Cost { get; set; }

    public double Rows { get; set; }
}

using GraphQL;
using GraphQL.Execution;
using OpenData.Api.GraphQL.Aggregation;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Paging;
using OpenData.Api.GraphQL.Sorting;
using OpenData.Api.GraphQL.Terms;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// The root resolvers of one entity: a filtered, ordered page (with its total and aggregates in as few statements
/// as the selection needs), and a lookup by key or name. They translate their arguments into the query model and run it.
/// </summary>
public static class CollectionQueries
{
    public static async Task<object?> PageAsync(IResolveFieldContext context, EntityDefinition definition, CollectionView? view = null)
    {
        var services = context.RequestServices!;
        var registry = services.GetRequiredService<EntityRegistry>();
        var engine = services.GetRequiredService<QueryEngine>();
        var (where, order, paging) = services.GetRequiredService<ArgumentPlans>()
            .For(context.Arguments, () => RootPlan.Translate(services, definition, view, context.Arguments));
        where = await ByTermAsync(context, definition, where);
        var selected = Selections.Children(context);
        var withTotal = selected.Contains("totalCount");
        var wholeSet = selected.Contains("aggregates") ? AggregateTypes.PlanFor(definition, context, selected["aggregates"]) : null;
        var rows = new FilteredRows(definition, where, wholeSet);
        if (!selected.Contains("nodes") && !selected.Contains("edges") && !selected.Contains("pageInfo"))
        {
            // Only totals or aggregates asked for: no page to read, and the aggregates' statement counts as well.
            int? total = !withTotal ? null
                : wholeSet is null ? await engine.CountAsync(definition.Table, where, context.CancellationToken)
                : checked((int)(await rows.WholeSetAsync(engine, context.CancellationToken)).Count);
            return new Connection([], 0, new PageInfo(false, false, null, null), total, rows);
        }

        var projection = ProjectionPlanner.For(registry, definition, context, Selections.At(context, "nodes").Concat(Selections.At(context, "edges", "node")));
        var (page, start, info, count) = await OffsetPaging.PageAsync(engine, projection, where, order, paging, withTotal, context.CancellationToken);
        return new Connection(page, start, info, count, rows);
    }

    /// <summary>The filter with the `period:` argument's term, found by its own small statement, ANDed in.</summary>
    private static async Task<Condition?> ByTermAsync(IResolveFieldContext context, EntityDefinition definition, Condition? where)
    {
        var services = context.RequestServices!;
        if (RootPlan.Argument<string>(context.Arguments, TermSelector.Argument) is not { } asked
            || TermSelector.PathOf(definition, services.GetRequiredService<EntityRegistry>()) is not { } path)
        {
            return where;
        }

        var term = await TermSelector.FindAsync(services, asked, context.CancellationToken) ?? throw TermSelector.NotFound(asked);
        var byTerm = TermSelector.ConditionFor(services, definition, path, term);
        return where is null ? byTerm : new AllOf([byTerm, where]);
    }

    public static async Task<object?> LookupAsync(IResolveFieldContext context, EntityDefinition definition)
    {
        var services = context.RequestServices!;
        var plan = services.GetRequiredService<ArgumentPlans>().For(context.Arguments, () => LookupPlan.Translate(services, definition, context.Arguments));
        var projection = ProjectionPlanner.For(services.GetRequiredService<EntityRegistry>(), definition, context, Selections.Children(context).SelectMany(g => g));
        var result = await services.GetRequiredService<QueryEngine>().RowsAsync(new RowsQuery(projection, plan.Where, [], 0, 1, false), context.CancellationToken);
        return result.Rows.Count > 0 ? result.Rows[0] : throw await plan.MissAsync(services, definition, context.CancellationToken);
    }
}

/// <summary>What a root collection field's arguments ask for: its filter (a view's fixed one included), its order and its page.</summary>
public sealed record RootPlan(Condition? Where, IReadOnlyList<SortKey> Order, PagingArguments Paging)
{
    public static RootPlan Translate(IServiceProvider services, EntityDefinition definition, CollectionView? view, IDictionary<string, ArgumentValue>? arguments)
    {
        var filters = services.GetRequiredService<FilterTranslator>();
        var where = filters.Where(definition, Argument<IDictionary<string, object?>>(arguments, "where"));
        if (view is not null)
        {
            var fixedWhere = filters.Where(definition, view.Where)!;
            where = where is null ? fixedWhere : new AllOf([fixedWhere, where]);
        }

        var order = services.GetRequiredService<OrderTranslator>().Order(definition, Argument<IEnumerable<object?>>(arguments, "order"));
        var paging = new PagingArguments(
            Argument<int?>(arguments, "first"), Argument<string>(arguments, "after"), Argument<int?>(arguments, "last"), Argument<string>(arguments, "before"));
        paging.Validate();
        return new RootPlan(where, order, paging);
    }

    public static TValue? Argument<TValue>(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.Value is TValue typed ? typed : default;
}

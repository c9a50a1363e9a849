using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Paging;
using OpenData.Api.GraphQL.Sorting;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// The root resolvers of one entity: a filtered, ordered page, and a lookup by key. Each opens its own
/// DbContext: GraphQL.NET may resolve sibling root fields at the same time.
/// </summary>
public static class CollectionQueries
{
    public static Task<object?> PageAsync(IResolveFieldContext context, EntityDefinition definition, CollectionView? view = null) =>
        (Task<object?>)Dispatch(nameof(PageAsync), definition).Invoke(null, [context, definition, view])!;

    public static Task<object?> LookupAsync(IResolveFieldContext context, EntityDefinition definition) =>
        (Task<object?>)Dispatch(nameof(LookupAsync), definition).Invoke(null, [context, definition])!;

    private static System.Reflection.MethodInfo Dispatch(string name, EntityDefinition definition) =>
        typeof(CollectionQueries)
            .GetMethod(name + "Of", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(definition.ClrType);

    private static async Task<object?> PageAsyncOf<T>(IResolveFieldContext context, EntityDefinition definition, CollectionView? view)
        where T : class
    {
        var where = Argument<IDictionary<string, object?>>(context, "where");
        if (view is not null)
        {
            where = where is null ? view.Where : new Dictionary<string, object?> { ["and"] = new List<object?> { view.Where, where } };
        }

        var services = context.RequestServices!;
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var registry = services.GetRequiredService<EntityRegistry>();
        var filtered = new FilterExpressionBuilder(registry, db).Apply((IQueryable<T>)definition.Query(db), where);
        var ordered = new SortExpressionBuilder(registry).Apply(filtered, Argument<IEnumerable<object?>>(context, "order"));
        var paging = new PagingArguments(
            Argument<int?>(context, "first"), Argument<string>(context, "after"), Argument<int?>(context, "last"), Argument<string>(context, "before"));
        var selected = Selections.Children(context);
        var withTotal = selected.Contains("totalCount");
        var collection = new Aggregation.FilteredRows(definition, where);
        if (!selected.Contains("nodes") && !selected.Contains("edges") && !selected.Contains("pageInfo"))
        {
            // Only totals or aggregates asked for: no page of rows to read.
            paging.Validate();
            var total = withTotal ? await filtered.CountAsync(context.CancellationToken) : (int?)null;
            return new Connection([], new PageInfo(false, false, null, null), total) { Rows = collection };
        }

        var page = await OffsetPaging.PageAsync(Projection.Apply(ordered, definition, context), filtered, paging, withTotal, context.CancellationToken);
        return page with { Rows = collection };
    }

    private static async Task<object?> LookupAsyncOf<T>(IResolveFieldContext context, EntityDefinition definition)
        where T : class
    {
        var services = context.RequestServices!;
        var key = definition.LookupKey!;
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var where = new Dictionary<string, object?> { [key.Name] = new Dictionary<string, object?> { ["eq"] = Argument<object>(context, key.Name) } };
        var query = new FilterExpressionBuilder(services.GetRequiredService<EntityRegistry>(), db).Apply((IQueryable<T>)definition.Query(db), where);
        return await query.FirstOrDefaultAsync(context.CancellationToken);
    }

    private static TValue? Argument<TValue>(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is TValue typed ? typed : default;
}

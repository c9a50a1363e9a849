using System.Collections.Concurrent;
using GraphQL;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one request (a scoped service): whole rows by id for to-one links, and child rows by
/// foreign key for lists inside a row, one statement per link, level and distinct set of arguments.
/// </summary>
public sealed class BatchLoaders(QueryEngine engine, Catalog catalog)
{
    private const string UserContextKey = "OpenData.BatchLoaders";

    private readonly ConcurrentDictionary<Table, BatchLoader<object>> _byId = new();
    private readonly ConcurrentDictionary<(ToManyLink Link, object? Arguments), BatchLoader<object>> _children = new();
    private readonly ConcurrentDictionary<object, BatchLoader<object>> _keyed = new();

    public BatchLoader<object> ById(Type entity) => ById(catalog.For(entity));

    public BatchLoader<object> ById(Table table) =>
        _byId.GetOrAdd(table, t => new BatchLoader<object>(async (keys, cancellationToken) =>
        {
            var rows = await engine.ByIdAsync(t, keys, cancellationToken);
            return rows.ToLookup(r => (int)t.Id.Get!(r)!);
        }));

    /// <summary>
    /// Child rows of the parents asked for, filtered, ordered and cut as <paramref name="plan"/> says. The loader is
    /// kept per field's arguments (<paramref name="arguments"/>, compared by reference), so every row of a level
    /// shares one statement.
    /// </summary>
    public BatchLoader<object> Children(ToManyLink link, object? arguments, Func<ChildPlan> plan) =>
        _children.GetOrAdd((link, arguments), _ =>
        {
            var (where, order, first) = plan();
            return new BatchLoader<object>(async (keys, cancellationToken) =>
            {
                var rows = await engine.ChildrenAsync(new ChildRowsQuery(link, keys, where, order, first), cancellationToken);
                return rows.ToLookup(r => (int?)link.ForeignKey.Get!(r) ?? 0);
            });
        });

    /// <summary>A loader of a field's own (a department's profile, say), one per <paramref name="key"/> in the request.</summary>
    public BatchLoader<object> Keyed(object key, Func<BatchLoader<object>> create) => _keyed.GetOrAdd(key, _ => create());

    /// <summary>
    /// The request's loaders. A link's resolver runs once per row, and asking the request's service scope each time
    /// costs a lock per row (7 % of a 22-group <c>groupedAggregates</c> under load, by dotnet-trace): they are resolved
    /// once and kept in the request's user context. Queries execute serially, so one resolver at a time reads it.
    /// </summary>
    public static BatchLoaders Of(IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(UserContextKey, out var kept) && kept is BatchLoaders loaders)
        {
            return loaders;
        }

        loaders = context.RequestServices!.GetRequiredService<BatchLoaders>();
        context.UserContext[UserContextKey] = loaders;
        return loaders;
    }
}

/// <summary>What a list inside a row is asked for: its filter, its order and how many rows per parent at most.</summary>
public sealed record ChildPlan(Condition? Where, IReadOnlyList<SortKey> Order, int? First);

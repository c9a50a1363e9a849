using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Sorting;

namespace OpenData.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one request (a scoped service): rows by id for to-one links, rows by foreign key for
/// to-many links. Each batch opens its own short-lived DbContext, because GraphQL.NET runs fields in parallel.
/// </summary>
public sealed class BatchLoaders(IDbContextFactory<OpenDataDbContext> contexts, EntityRegistry registry) : IDisposable
{
    private readonly ConcurrentDictionary<string, object> _loaders = new();

    public void Dispose()
    {
        foreach (var loader in _loaders.Values)
        {
            ((IDisposable)loader).Dispose();
        }
    }

    public BatchLoader<object> ById(Type entity) =>
        (BatchLoader<object>)_loaders.GetOrAdd($"id:{entity.FullName}", _ => Create(entity, IdSelector(entity), null, null));

    /// <summary>
    /// Rows whose foreign key points at the keys asked for, filtered and ordered as the list field's arguments say:
    /// one statement per link, level and distinct set of arguments.
    /// </summary>
    public BatchLoader<object> ByForeignKey(Type entity, LambdaExpression foreignKey, IDictionary<string, object?>? where = null, IEnumerable<object?>? order = null) =>
        (BatchLoader<object>)_loaders.GetOrAdd(
            $"fk:{entity.FullName}:{foreignKey}:{Canonical(where)}:{Canonical(order)}",
            _ => Create(entity, foreignKey, where, order));

    // The arguments as text, to tell apart loaders for the same link with different filters.
    private static string Canonical(object? arguments) => System.Text.Json.JsonSerializer.Serialize(arguments);

    private BatchLoader<object> Create(Type entity, LambdaExpression key, IDictionary<string, object?>? where, IEnumerable<object?>? order) =>
        (BatchLoader<object>)typeof(BatchLoaders)
            .GetMethod(nameof(CreateFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entity)
            .Invoke(this, [key, where, order])!;

    private BatchLoader<object> CreateFor<T>(LambdaExpression key, IDictionary<string, object?>? where, IEnumerable<object?>? order)
        where T : class
    {
        var definition = registry.For(typeof(T));
        var row = Expression.Parameter(typeof(T), "r");
        var keyOf = Expression.Lambda<Func<T, int?>>(Expression.Convert(FilterExpressionBuilder.Bind(key, row), typeof(int?)), row);
        var compiledKey = keyOf.Compile();
        return new BatchLoader<object>(async (keys, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var wanted = keys.Select(k => (int?)k).ToList();
            var contains = Expression.Lambda<Func<T, bool>>(
                Expression.Call(
                    typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], QueryParameter.For(wanted, typeof(List<int?>)), keyOf.Body),
                row);
            var filtered = new FilterExpressionBuilder(registry, db).Apply(((IQueryable<T>)definition.Query(db)).Where(contains), where);
            var rows = await new SortExpressionBuilder(registry).Apply(filtered, order).ToListAsync(cancellationToken);
            return rows.ToLookup(r => compiledKey(r) ?? 0, r => (object)r);
        });
    }

    private static LambdaExpression IdSelector(Type entity)
    {
        var parameter = Expression.Parameter(entity, "e");
        return Expression.Lambda(Expression.Property(parameter, "Id"), parameter);
    }
}

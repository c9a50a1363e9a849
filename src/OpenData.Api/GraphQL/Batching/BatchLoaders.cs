using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;

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
        (BatchLoader<object>)_loaders.GetOrAdd($"id:{entity.FullName}", _ => Create(entity, IdSelector(entity)));

    public BatchLoader<object> ByForeignKey(Type entity, LambdaExpression foreignKey) =>
        (BatchLoader<object>)_loaders.GetOrAdd($"fk:{entity.FullName}:{foreignKey}", _ => Create(entity, foreignKey));

    private BatchLoader<object> Create(Type entity, LambdaExpression key) =>
        (BatchLoader<object>)typeof(BatchLoaders)
            .GetMethod(nameof(CreateFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entity)
            .Invoke(this, [key])!;

    private BatchLoader<object> CreateFor<T>(LambdaExpression key)
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
            var rows = await ((IQueryable<T>)definition.Query(db)).Where(contains).OrderBy(r => EF.Property<int>(r, "Id")).ToListAsync(cancellationToken);
            return rows.ToLookup(r => compiledKey(r) ?? 0, r => (object)r);
        });
    }

    private static LambdaExpression IdSelector(Type entity)
    {
        var parameter = Expression.Parameter(entity, "e");
        return Expression.Lambda(Expression.Property(parameter, "Id"), parameter);
    }
}

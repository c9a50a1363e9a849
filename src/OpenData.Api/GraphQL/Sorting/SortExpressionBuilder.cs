using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;

namespace OpenData.Api.GraphQL.Sorting;

/// <summary>
/// Turns an `order` argument into ORDER BY keys. Blank values sort last in both directions, text sorts by
/// its folded form (so "Álta" sits with "Alta"), and the id is always the final key so pages are stable.
/// </summary>
public sealed class SortExpressionBuilder(EntityRegistry registry)
{
    public IQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable<object?>? order)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var keys = new List<(Expression Key, bool Descending)>();
        foreach (var item in order ?? [])
        {
            if (item is IDictionary<string, object?> map)
            {
                Collect(registry.For(typeof(T)), parameter, map, keys);
            }
        }

        keys.Add((Expression.Property(parameter, "Id"), false));
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : string.Empty);
            expression = Expression.Call(
                typeof(Queryable), method, [typeof(T), key.Type], expression, Expression.Quote(Expression.Lambda(key, parameter)));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    private void Collect(EntityDefinition definition, Expression target, IDictionary<string, object?> map, List<(Expression, bool)> keys)
    {
        foreach (var (name, value) in map)
        {
            if (definition.Scalars.FirstOrDefault(s => s.Name == name) is { } scalar)
            {
                var descending = value is SortDirection.Descending;
                var column = scalar.FoldedColumn is null
                    ? FilterExpressionBuilder.Bind(scalar.Selector, target)
                    : Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], target, Expression.Constant(scalar.FoldedColumn));
                if (scalar.IsNullable)
                {
                    keys.Add((Expression.Condition(Expression.Equal(column, Expression.Constant(null, column.Type)), Expression.Constant(1), Expression.Constant(0)), false));
                }

                keys.Add((column, descending));
            }
            else if (definition.Relations.FirstOrDefault(r => r.Name == name) is ReferenceField reference
                && value is IDictionary<string, object?> nested)
            {
                Collect(registry.For(reference.TargetType), FilterExpressionBuilder.Bind(reference.Navigation, target), nested, keys);
            }
            else
            {
                throw new ExecutionError($"{definition.TypeName} cannot be ordered by \"{name}\".");
            }
        }
    }
}

/// <summary>The direction of a sort key.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Sorting;
using static OpenData.Api.GraphQL.Aggregation.AggregatePlan;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>
/// Builds the one SQL statement behind `aggregates` and `groupedAggregates`: GROUP BY the keys, HAVING the
/// conditions on aggregates, ORDER BY aggregates then keys, LIMIT/OFFSET, and every aggregate asked for.
/// </summary>
public static class AggregateQuery
{
    public static Task<List<AggregateRow>> RunAsync<T>(IQueryable<T> filtered, AggregateRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var (plan, keys, having, order, skip, take) = request;
        var row = Expression.Parameter(typeof(T), "x");
        var keyTypes = Enumerable.Range(0, AggregateRow.KeySlots).Select(i => i < keys.Count ? keys[i].Selector.ReturnType : typeof(int)).ToArray();
        var keyType = typeof(GroupKey<,,>).MakeGenericType(keyTypes);
        var keyInit = Expression.MemberInit(
            Expression.New(keyType),
            Enumerable.Range(0, AggregateRow.KeySlots).Select(i => Expression.Bind(
                keyType.GetProperty($"K{i}")!,
                i < keys.Count ? FilterExpressionBuilder.Bind(keys[i].Selector, row) : Expression.Constant(0))));
        var groupingType = typeof(IGrouping<,>).MakeGenericType(keyType, typeof(T));
        var g = Expression.Parameter(groupingType, "g");
        Expression query = Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(T), keyType], filtered.Expression, Expression.Quote(Expression.Lambda(keyInit, row)));

        if (having is { Count: > 0 })
        {
            query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [groupingType], query, Expression.Quote(Expression.Lambda(Having(plan, g, having), g)));
        }

        var sortKeys = SortKeys(plan, g, order).Concat(Enumerable.Range(0, keys.Count).Select(i => ((Expression)Expression.Property(Expression.Property(g, "Key"), $"K{i}"), false))).ToList();
        for (var i = 0; i < sortKeys.Count; i++)
        {
            var (key, descending) = sortKeys[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : string.Empty);
            query = Expression.Call(typeof(Queryable), method, [groupingType, key.Type], query, Expression.Quote(Expression.Lambda(key, g)));
        }

        query = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [groupingType], query, QueryParameter.For(skip, typeof(int)));
        query = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [groupingType], query, QueryParameter.For(take, typeof(int)));

        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(AggregateRow).GetProperty(nameof(AggregateRow.Count))!, Count(g)),
        };
        for (var i = 0; i < keys.Count; i++)
        {
            bindings.Add(Expression.Bind(typeof(AggregateRow).GetProperty($"K{i}")!, Expression.Convert(Expression.Property(Expression.Property(g, "Key"), $"K{i}"), typeof(object))));
        }

        foreach (var slot in plan.Slots)
        {
            bindings.Add(Expression.Bind(typeof(AggregateRow).GetProperty((slot.Whole ? "L" : "M") + slot.Index)!, Aggregate(g, slot.Aggregate, slot.Field)));
        }

        var select = Expression.Lambda(Expression.MemberInit(Expression.New(typeof(AggregateRow)), bindings), g);
        query = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [groupingType, typeof(AggregateRow)], query, Expression.Quote(select));
        return filtered.Provider.CreateQuery<AggregateRow>(query).ToListAsync(cancellationToken);
    }

    private static MethodCallExpression Count(ParameterExpression g) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [g.Type.GetGenericArguments()[1]], g);

    /// <summary>An aggregate of a measure over a group, typed long? for counts and decimal? for amounts.</summary>
    internal static Expression Aggregate(ParameterExpression g, SqlAggregate aggregate, Entities.ScalarField field)
    {
        var entity = g.Type.GetGenericArguments()[1];
        var x = Expression.Parameter(entity, "r");
        var value = FilterExpressionBuilder.Bind(field.Selector, x);
        if (aggregate == SqlAggregate.CountValues)
        {
            var notNull = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
                ? (Expression)Expression.Constant(true)
                : Expression.NotEqual(value, Expression.Constant(null, value.Type));
            return Expression.Convert(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [entity], g, Expression.Lambda(notNull, x)),
                typeof(long?));
        }

        var type = field.Kind == Entities.ScalarKind.Count ? typeof(long?) : typeof(decimal?);
        var method = aggregate switch
        {
            SqlAggregate.Sum => nameof(Enumerable.Sum),
            SqlAggregate.Min => nameof(Enumerable.Min),
            _ => nameof(Enumerable.Max),
        };
        return Expression.Call(typeof(Enumerable), method, [entity], g, Expression.Lambda(Expression.Convert(value, type), x));
    }

    private static Expression Having(AggregatePlan plan, ParameterExpression g, IDictionary<string, object?> having)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in having)
        {
            if (value is not IDictionary<string, object?> operations)
            {
                continue;
            }

            if (name == "count")
            {
                conditions.Add(FilterExpressionBuilder.Conditions(Count(g), operations));
                continue;
            }

            var aggregate = Function(name);
            foreach (var (field, fieldOperations) in operations)
            {
                var measure = AggregatePlan.Measure(plan.Definition, field);
                conditions.Add(FilterExpressionBuilder.Conditions(Aggregate(g, aggregate, measure), (IDictionary<string, object?>)fieldOperations!));
            }
        }

        return conditions.Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);
    }

    private static IEnumerable<(Expression Key, bool Descending)> SortKeys(AggregatePlan plan, ParameterExpression g, IEnumerable<object?>? order)
    {
        foreach (var item in order ?? [])
        {
            foreach (var (name, value) in item as IDictionary<string, object?> ?? new Dictionary<string, object?>())
            {
                if (name == "count")
                {
                    yield return (Count(g), value is SortDirection.Descending);
                }
                else if (value is IDictionary<string, object?> fields)
                {
                    foreach (var (field, direction) in fields)
                    {
                        yield return (Aggregate(g, Function(name), AggregatePlan.Measure(plan.Definition, field)), direction is SortDirection.Descending);
                    }
                }
            }
        }
    }

    private static SqlAggregate Function(string name) => name switch
    {
        "sum" => SqlAggregate.Sum,
        "min" => SqlAggregate.Min,
        "max" => SqlAggregate.Max,
        _ => throw new global::GraphQL.ExecutionError($"\"{name}\" cannot be used here; use count, sum, min or max."),
    };
}

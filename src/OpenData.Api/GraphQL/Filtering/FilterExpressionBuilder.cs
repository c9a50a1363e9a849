using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Filtering;

/// <summary>
/// Turns a `where` argument into an expression EF Core translates to SQL: fields, relations, lists and
/// and/or/not. Values enter as parameters; text compares against the folded shadow columns.
/// </summary>
public sealed class FilterExpressionBuilder(EntityRegistry registry, OpenDataDbContext db)
{
    public IQueryable<T> Apply<T>(IQueryable<T> query, IDictionary<string, object?>? where)
    {
        if (where is null || where.Count == 0)
        {
            return query;
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        var body = Entity(registry.For(typeof(T)), parameter, where);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    private Expression Entity(EntityDefinition definition, Expression target, IDictionary<string, object?> where)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in where)
        {
            conditions.Add(name switch
            {
                "and" => Combine(Items(value).Select(item => Entity(definition, target, item)), Expression.AndAlso, true),
                "or" => Combine(Items(value).Select(item => Entity(definition, target, item)), Expression.OrElse, false),
                "not" => Expression.Not(Entity(definition, target, AsMap(value))),
                _ => Field(definition, target, name, value),
            });
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    private Expression Field(EntityDefinition definition, Expression target, string name, object? value)
    {
        if (definition.Scalars.FirstOrDefault(s => s.Name == name) is { } scalar)
        {
            return Operations(scalar, target, AsMap(value));
        }

        return definition.Relations.FirstOrDefault(r => r.Name == name) switch
        {
            ReferenceField reference => Entity(
                registry.For(reference.TargetType), Bind(reference.Navigation, target), AsMap(value)),
            CollectionField collection => ListConditions(collection, target, AsMap(value)),
            _ => throw new ExecutionError($"{definition.TypeName} has no filterable field \"{name}\"."),
        };
    }

    private static Expression Operations(ScalarField field, Expression target, IDictionary<string, object?> operations)
    {
        var folded = field.FoldedColumn is not null;
        var column = folded
            ? Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], target, Expression.Constant(field.FoldedColumn))
            : Bind(field.Selector, target);
        return Conditions(column, operations, folded);
    }

    /// <summary>The conditions of one operation input (eq, gt, contains …) on any expression: a column or an aggregate.</summary>
    internal static Expression Conditions(Expression expression, IDictionary<string, object?> operations, bool folded = false)
    {
        var column = Lift(expression);
        var conditions = new List<Expression>();
        foreach (var (op, raw) in operations)
        {
            var value = folded && raw is string text ? SearchText.Fold(text) : raw;
            conditions.Add(op switch
            {
                "and" => Combine(Items(raw).Select(item => Conditions(expression, item, folded)), Expression.AndAlso, true),
                "or" => Combine(Items(raw).Select(item => Conditions(expression, item, folded)), Expression.OrElse, false),
                "eq" => Expression.Equal(column, Value(value, column.Type)),
                "neq" => Expression.NotEqual(column, Value(value, column.Type)),
                "in" => In(column, raw, folded),
                "nin" => Expression.Not(In(column, raw, folded)),
                "gt" => Expression.GreaterThan(column, Value(value, column.Type)),
                "gte" => Expression.GreaterThanOrEqual(column, Value(value, column.Type)),
                "lt" => Expression.LessThan(column, Value(value, column.Type)),
                "lte" => Expression.LessThanOrEqual(column, Value(value, column.Type)),
                "contains" => Text(column, nameof(string.Contains), value),
                "ncontains" => Expression.Not(Text(column, nameof(string.Contains), value)),
                "startsWith" => Text(column, nameof(string.StartsWith), value),
                "nstartsWith" => Expression.Not(Text(column, nameof(string.StartsWith), value)),
                "endsWith" => Text(column, nameof(string.EndsWith), value),
                "nendsWith" => Expression.Not(Text(column, nameof(string.EndsWith), value)),
                _ => throw new ExecutionError($"Unknown filter operation \"{op}\"."),
            });
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    private Expression ListConditions(CollectionField collection, Expression target, IDictionary<string, object?> operations)
    {
        var targetDefinition = registry.For(collection.TargetType);
        var rows = targetDefinition.Query(db).Expression;
        var id = Expression.Convert(Expression.Property(target, "Id"), typeof(int?));
        var conditions = new List<Expression>();
        foreach (var (op, raw) in operations)
        {
            conditions.Add(op switch
            {
                "some" => Any(collection, rows, id, AsMap(raw), negate: false),
                "none" => Expression.Not(Any(collection, rows, id, AsMap(raw), negate: false)),
                "all" => Expression.Not(Any(collection, rows, id, AsMap(raw), negate: true)),
                "any" => raw is true ? Any(collection, rows, id, null, false) : Expression.Not(Any(collection, rows, id, null, false)),
                _ => throw new ExecutionError($"Unknown list filter operation \"{op}\" on {collection.Name}."),
            });
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    private MethodCallExpression Any(
        CollectionField collection, Expression rows, Expression id, IDictionary<string, object?>? where, bool negate)
    {
        var row = Expression.Parameter(collection.TargetType, "r");
        Expression match = Expression.Equal(Expression.Convert(Bind(collection.TargetForeignKey, row), typeof(int?)), id);
        if (where is not null)
        {
            var condition = Entity(registry.For(collection.TargetType), row, where);
            match = Expression.AndAlso(match, negate ? Expression.Not(condition) : condition);
        }

        return Expression.Call(
            typeof(Queryable), nameof(Queryable.Any), [collection.TargetType], rows, Expression.Quote(Expression.Lambda(match, row)));
    }

    private static MethodCallExpression Text(Expression column, string method, object? value) =>
        Expression.Call(column, typeof(string).GetMethod(method, [typeof(string)])!, Value(value ?? string.Empty, typeof(string)));

    private static MethodCallExpression In(Expression column, object? raw, bool folded)
    {
        var listType = typeof(List<>).MakeGenericType(column.Type);
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        foreach (var item in raw as IEnumerable<object?> ?? [])
        {
            list.Add(folded && item is string text ? SearchText.Fold(text) : Convert(item, column.Type));
        }

        return Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [column.Type], QueryParameter.For(list, listType), column);
    }

    // Comparing through a nullable type lets `eq: null` and a value share one code path.
    private static Expression Lift(Expression column) =>
        column.Type.IsValueType && Nullable.GetUnderlyingType(column.Type) is null
            ? Expression.Convert(column, typeof(Nullable<>).MakeGenericType(column.Type))
            : column;

    private static Expression Value(object? value, Type type) => QueryParameter.For(Convert(value, type), type);

    private static object? Convert(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(decimal) && value is not null)
        {
            // Amounts and rates are stored exactly, in hundredths: a finer value could not be compared exactly.
            var amount = System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
            if (amount * 100m != decimal.Truncate(amount * 100m))
            {
                throw new ExecutionError($"{amount} has more than two decimals; amounts and rates here have at most two decimals.") { Code = "TOO_MANY_DECIMALS" };
            }

            return amount;
        }

        return value is null || underlying.IsInstanceOfType(value)
            ? value
            : System.Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static Expression Bind(LambdaExpression lambda, Expression target) =>
        new ReplaceParameter(lambda.Parameters[0], target).Visit(lambda.Body);

    private static Expression Combine(IEnumerable<Expression> conditions, Func<Expression, Expression, BinaryExpression> join, bool empty) =>
        conditions.Aggregate((Expression?)null, (all, next) => all is null ? next : join(all, next)) ?? Expression.Constant(empty);

    private static IEnumerable<IDictionary<string, object?>> Items(object? value) =>
        (value as IEnumerable<object?> ?? []).Select(AsMap);

    private static IDictionary<string, object?> AsMap(object? value) =>
        value as IDictionary<string, object?> ?? throw new ExecutionError("Expected an input object in the filter.");

    private sealed class ReplaceParameter(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

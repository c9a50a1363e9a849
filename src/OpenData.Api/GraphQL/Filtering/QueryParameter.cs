using System.Linq.Expressions;

namespace OpenData.Api.GraphQL.Filtering;

/// <summary>
/// Puts a value into an expression tree as a closure member rather than a constant, so that EF Core sends it
/// as a SQL parameter: constants are spliced into the SQL text and defeat the query cache.
/// </summary>
public static class QueryParameter
{
    public static Expression For(object? value, Type type)
    {
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value);
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}

using System.Text;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.Querying.Sql;

/// <summary>
/// Writes a <see cref="Condition"/> as SQL. Every comparison on a column that can be blank is guarded so it is
/// false, never NULL, for a blank: SQL's three-valued logic then behaves like C#'s two, and <c>NOT</c> of a
/// comparison matches the blanks. AND and OR lists are written as balanced trees, so a long list stays shallow
/// for the database's expression depth limit.
/// </summary>
internal static class ConditionWriter
{
    public static void Write(StringBuilder text, Condition condition, FromScope scope, string alias)
    {
        switch (condition)
        {
            case Always always:
                text.Append(always.Value ? "1 = 1" : "1 = 0");
                break;
            case AllOf all:
                Balanced(text, all.Items, 0, all.Items.Count, " AND ", true, scope, alias);
                break;
            case AnyOf any:
                Balanced(text, any.Items, 0, any.Items.Count, " OR ", false, scope, alias);
                break;
            case NotOf not:
                text.Append("NOT (");
                Write(text, not.Item, scope, alias);
                text.Append(')');
                break;
            case Comparison comparison:
                Compare(text, comparison, scope, alias);
                break;
            case ColumnComparison columns:
                CompareColumns(text, columns, alias);
                break;
            case InSet set:
                In(text, set, scope, alias);
                break;
            case TextMatch match:
                Like(text, match, scope, alias);
                break;
            case Through through:
                Write(text, through.Inner, scope, scope.Join(alias, through.Link));
                break;
            case Quantified quantified:
                Exists(text, quantified, scope, alias);
                break;
            default:
                throw new NotSupportedException(condition.GetType().Name);
        }
    }

    /// <summary>The SQL of an operand: a column of the row at <paramref name="alias"/>, or an aggregate over the group.</summary>
    public static string Operand(Operand operand, string alias)
    {
        var text = new StringBuilder();
        switch (operand)
        {
            case ColumnOperand column:
                FromScope.Column(text, alias, column.Column);
                break;
            case AggregateOperand aggregate:
                AggregateSql(text, aggregate.Aggregate, alias);
                break;
            default:
                throw new NotSupportedException(operand.GetType().Name);
        }

        return text.ToString();
    }

    public static void AggregateSql(StringBuilder text, Aggregate aggregate, string alias)
    {
        if (aggregate.Function == AggregateFunction.Count)
        {
            text.Append("COUNT(*)");
            return;
        }

        text.Append(aggregate.Function switch
        {
            AggregateFunction.CountValues => "COUNT(",
            AggregateFunction.Sum => "SUM(",
            AggregateFunction.Min => "MIN(",
            _ => "MAX(",
        });
        FromScope.Column(text, alias, aggregate.Measure!).Append(')');
    }

    private static void Balanced(StringBuilder text, IReadOnlyList<Condition> items, int start, int count, string separator, bool empty, FromScope scope, string alias)
    {
        if (count == 0)
        {
            text.Append(empty ? "1 = 1" : "1 = 0");
            return;
        }

        if (count == 1)
        {
            Write(text, items[start], scope, alias);
            return;
        }

        var half = count / 2;
        text.Append('(');
        Balanced(text, items, start, half, separator, empty, scope, alias);
        text.Append(')').Append(separator).Append('(');
        Balanced(text, items, start + half, count - half, separator, empty, scope, alias);
        text.Append(')');
    }

    private static void Compare(StringBuilder text, Comparison comparison, FromScope scope, string alias)
    {
        var operand = Operand(comparison.Left, alias);
        if (comparison.Value is null)
        {
            text.Append(comparison.Operator switch
            {
                CompareOperator.Equal => operand + " IS NULL",
                CompareOperator.NotEqual => operand + " IS NOT NULL",
                // Ordering against nothing holds for no value, as in C#.
                _ => "1 = 0",
            });
            return;
        }

        var parameter = scope.Statement.Parameter(comparison.Left.ToProvider(comparison.Value));
        var op = comparison.Operator switch
        {
            CompareOperator.Equal => " = ",
            CompareOperator.NotEqual => " <> ",
            CompareOperator.GreaterThan => " > ",
            CompareOperator.GreaterThanOrEqual => " >= ",
            CompareOperator.LessThan => " < ",
            _ => " <= ",
        };
        if (!comparison.Left.IsNullable)
        {
            text.Append(operand).Append(op).Append(parameter);
        }
        else if (comparison.Operator == CompareOperator.NotEqual)
        {
            text.Append('(').Append(operand).Append(" IS NULL OR ").Append(operand).Append(op).Append(parameter).Append(')');
        }
        else
        {
            text.Append('(').Append(operand).Append(" IS NOT NULL AND ").Append(operand).Append(op).Append(parameter).Append(')');
        }
    }

    private static void CompareColumns(StringBuilder text, ColumnComparison comparison, string alias)
    {
        var left = Operand(comparison.Left, alias);
        var right = Operand(comparison.Right, alias);
        var op = comparison.Operator switch
        {
            CompareOperator.Equal or CompareOperator.NotEqual => " = ",
            CompareOperator.GreaterThan => " > ",
            CompareOperator.GreaterThanOrEqual => " >= ",
            CompareOperator.LessThan => " < ",
            _ => " <= ",
        };

        // Guarded so the condition is true or false, never NULL: NOT of it (neqColumn, `not`) then stays exact.
        var compared = comparison.Left.IsNullable || comparison.Right.IsNullable
            ? $"({left} IS NOT NULL AND {right} IS NOT NULL AND {left}{op}{right})"
            : $"({left}{op}{right})";
        if (comparison.Operator is CompareOperator.Equal or CompareOperator.NotEqual && (comparison.Left.IsNullable || comparison.Right.IsNullable))
        {
            compared = $"({compared} OR ({left} IS NULL AND {right} IS NULL))";
        }

        text.Append(comparison.Operator == CompareOperator.NotEqual ? $"NOT {compared}" : compared);
    }

    private static void In(StringBuilder text, InSet set, FromScope scope, string alias)
    {
        var operand = Operand(set.Left, alias);
        var values = new List<object>(set.Values.Count);
        var hasNull = false;
        foreach (var value in set.Values)
        {
            if (value is null)
            {
                hasNull = true;
            }
            else
            {
                values.Add(set.Left.ToProvider(value));
            }
        }

        if (values.Count == 0)
        {
            text.Append(hasNull && set.Left.IsNullable ? operand + " IS NULL" : "1 = 0");
            return;
        }

        if (!set.Left.IsNullable)
        {
            scope.Statement.Dialect.InList(text, scope.Statement, operand, values);
            return;
        }

        text.Append('(').Append(operand).Append(hasNull ? " IS NULL OR " : " IS NOT NULL AND ");
        scope.Statement.Dialect.InList(text, scope.Statement, operand, values);
        text.Append(')');
    }

    private static void Like(StringBuilder text, TextMatch match, FromScope scope, string alias)
    {
        var escaped = match.Value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = match.Kind switch
        {
            TextMatchKind.Contains => "%" + escaped + "%",
            TextMatchKind.StartsWith => escaped + "%",
            _ => "%" + escaped,
        };
        var operand = Operand(match.Left, alias);
        var parameter = scope.Statement.Parameter(pattern);
        if (match.Left.IsNullable)
        {
            text.Append('(').Append(operand).Append(" IS NOT NULL AND ");
        }

        text.Append(operand).Append(" LIKE ").Append(parameter).Append(" ESCAPE '\\'");
        if (match.Left.IsNullable)
        {
            text.Append(')');
        }
    }

    private static void Exists(StringBuilder text, Quantified quantified, FromScope scope, string alias)
    {
        var link = quantified.Link;
        var sub = new FromScope(scope.Statement, link.Child);
        var where = new StringBuilder();
        FromScope.Column(where, sub.Alias, link.ForeignKey).Append(" = ");
        FromScope.Column(where, alias, link.Parent.Id);
        if (quantified.Inner is { } inner && quantified.Quantifier is Quantifier.Some or Quantifier.None or Quantifier.All)
        {
            where.Append(quantified.Quantifier == Quantifier.All ? " AND NOT (" : " AND (");
            Write(where, inner, sub, sub.Alias);
            where.Append(')');
        }

        if (quantified.Quantifier is Quantifier.None or Quantifier.All or Quantifier.Empty)
        {
            text.Append("NOT ");
        }

        text.Append("EXISTS (SELECT 1");
        sub.WriteFrom(text);
        text.Append(" WHERE ").Append(where).Append(')');
    }
}

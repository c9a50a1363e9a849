using System.Runtime.CompilerServices;
using System.Text;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying.Sql;

/// <summary>Writes each kind of query of the model as one SQL statement.</summary>
internal static class SqlQueries
{
    /// <summary>A page: SELECT the projection (joins included), WHERE, ORDER BY, LIMIT/OFFSET, and the total as a window count.</summary>
    public static (SqlStatement Statement, RowShape Shape) Rows(SqlDialect dialect, RowsQuery query)
    {
        var statement = new SqlStatement(dialect);
        var scope = new FromScope(statement, query.Table);
        var select = new StringBuilder();
        var shape = RowShape.Write(select, query.Projection, scope, scope.Alias, 0);
        if (query.WithTotal)
        {
            // Counted before LIMIT applies: the page and the total in one statement.
            select.Append(", COUNT(*) OVER ()");
        }

        var where = Where(query.Where, scope);
        var order = OrderBy(query.Order, scope);
        var text = new StringBuilder("SELECT ").Append(select);
        scope.WriteFrom(text);
        text.Append(where).Append(" ORDER BY ").Append(order);
        text.Append(" LIMIT ").Append(statement.Parameter(query.Limit)).Append(" OFFSET ").Append(statement.Parameter(query.Offset));
        return (statement.Complete(text), shape);
    }

    public static SqlStatement Count(SqlDialect dialect, Table table, Condition? condition)
    {
        var statement = new SqlStatement(dialect);
        var scope = new FromScope(statement, table);
        var where = Where(condition, scope);
        var text = new StringBuilder("SELECT COUNT(*)");
        scope.WriteFrom(text);
        return statement.Complete(text.Append(where));
    }

    /// <summary>
    /// SELECT COUNT(*), the aggregates, the keys, then the projected rows of the joined keys' links; GROUP BY, HAVING,
    /// ORDER BY, LIMIT only where there are keys. A joined row is grouped by its id too (the same groups: it equals
    /// the key), which PostgreSQL needs to read the row's other columns in a grouped statement. <paramref name="joined"/>
    /// gives the shapes of the joined rows, beside the keys.
    /// </summary>
    public static SqlStatement Aggregate(SqlDialect dialect, AggregateQuery query, out RowShape?[] joined)
    {
        var statement = new SqlStatement(dialect);
        var scope = new FromScope(statement, query.Table);
        var text = new StringBuilder("SELECT COUNT(*)");
        foreach (var aggregate in query.Aggregates)
        {
            text.Append(", ");
            ConditionWriter.AggregateSql(text, aggregate, scope.Alias);
        }

        var keys = new StringBuilder();
        foreach (var key in query.Keys)
        {
            text.Append(", ");
            FromScope.Column(text, scope.Alias, key);
            if (keys.Length > 0)
            {
                keys.Append(", ");
            }

            FromScope.Column(keys, scope.Alias, key);
        }

        joined = new RowShape?[query.Keys.Count];
        var next = 1 + query.Aggregates.Count + query.Keys.Count;
        for (var i = 0; i < query.Keys.Count; i++)
        {
            if (query.Joined is not { } links || links[i] is not var (link, target))
            {
                continue;
            }

            var alias = scope.Join(scope.Alias, link);
            var select = new StringBuilder();
            joined[i] = RowShape.Write(select, target, scope, alias, next);
            next += joined[i]!.Width;
            text.Append(", ").Append(select);
            GroupByJoinedIds(keys, scope, alias, link.To, target);
        }

        var where = Where(query.Where, scope);
        var having = new StringBuilder();
        if (query.Having is { } condition)
        {
            ConditionWriter.Write(having, condition, scope, scope.Alias);
        }

        scope.WriteFrom(text);
        text.Append(where);
        if (query.Keys.Count == 0)
        {
            return statement.Complete(text);
        }

        text.Append(" GROUP BY ").Append(keys);
        if (having.Length > 0)
        {
            text.Append(" HAVING ").Append(having);
        }

        // Blanks (a blank key, a sum of no values) first going up and last going down, said out loud: SQLite's default,
        // and the reverse of PostgreSQL's, so that both providers give the groups in one order.
        text.Append(" ORDER BY ");
        foreach (var (aggregate, descending) in query.Order)
        {
            ConditionWriter.AggregateSql(text, aggregate, scope.Alias);
            text.Append(descending ? " DESC NULLS LAST, " : " NULLS FIRST, ");
        }

        for (var i = 0; i < query.Keys.Count; i++)
        {
            FromScope.Column(text, scope.Alias, query.Keys[i]);
            text.Append(i < query.Keys.Count - 1 ? " NULLS FIRST, " : " NULLS FIRST");
        }
        text.Append(" LIMIT ").Append(statement.Parameter(query.Limit)).Append(" OFFSET ").Append(statement.Parameter(query.Offset));
        return statement.Complete(text);
    }

    /// <summary>
    /// Groups by the id of a joined row and of every row joined under it: the same groups (each equals a key, or
    /// hangs off one by a to-one link), and what PostgreSQL needs to read their other columns.
    /// </summary>
    private static void GroupByJoinedIds(StringBuilder keys, FromScope scope, string alias, Table table, Projection projection)
    {
        keys.Append(", ");
        FromScope.Column(keys, alias, table.Id);
        foreach (var (link, target) in projection.Joins)
        {
            GroupByJoinedIds(keys, scope, scope.Join(alias, link), link.To, target);
        }
    }

    /// <summary>Whole rows by id.</summary>
    public static (SqlStatement Statement, RowShape Shape) ById(SqlDialect dialect, Table table, IReadOnlyCollection<int> ids)
    {
        var statement = new SqlStatement(dialect);
        var scope = new FromScope(statement, table);
        var (select, shape) = WholeRow(table, scope);
        var text = new StringBuilder("SELECT ").Append(select);
        scope.WriteFrom(text);
        text.Append(" WHERE ");
        dialect.InList(text, statement, ConditionWriter.Operand(new ColumnOperand(table.Id), scope.Alias), [.. ids.Select(id => (object)id)]);
        return (statement.Complete(text), shape);
    }

    /// <summary>
    /// Whole child rows of a set of parents, filtered and ordered; with a first-n, numbered per parent by a window
    /// and cut in the same statement.
    /// </summary>
    public static (SqlStatement Statement, RowShape Shape) Children(SqlDialect dialect, ChildRowsQuery query)
    {
        var statement = new SqlStatement(dialect);
        var link = query.Link;
        var scope = new FromScope(statement, link.Child);
        var (select, shape) = WholeRow(link.Child, scope);
        var where = new StringBuilder(" WHERE ");
        dialect.InList(where, statement, ConditionWriter.Operand(new ColumnOperand(link.ForeignKey), scope.Alias), [.. query.ParentIds.Select(id => (object)id)]);
        if (query.Where is { } condition)
        {
            where.Append(" AND (");
            ConditionWriter.Write(where, condition, scope, scope.Alias);
            where.Append(')');
        }

        var order = OrderBy(query.Order, scope);
        var text = new StringBuilder("SELECT ").Append(select);
        if (query.FirstPerParent is not { } first)
        {
            scope.WriteFrom(text);
            text.Append(where).Append(" ORDER BY ").Append(order);
            return (statement.Complete(text), shape);
        }

        text.Append(", ROW_NUMBER() OVER (PARTITION BY ");
        FromScope.Column(text, scope.Alias, link.ForeignKey).Append(" ORDER BY ").Append(order).Append(") AS row_number");
        scope.WriteFrom(text);
        text.Append(where);
        var outer = new StringBuilder("SELECT * FROM (").Append(text).Append(") AS numbered WHERE numbered.row_number <= ")
            .Append(statement.Parameter(first)).Append(" ORDER BY numbered.row_number");
        return (statement.Complete(outer), shape);
    }

    /// <summary>
    /// Every column of a table as a select list under the first alias of a statement, and its shape: the same text
    /// for every batch of lookups and child rows, so written once per table (dotnet-trace: writing it was 6-7 % of a
    /// grouped aggregate's time). A whole row joins nothing, so the scope is left as it was.
    /// </summary>
    private static (string Select, RowShape Shape) WholeRow(Table table, FromScope scope)
    {
        if (_wholeRows.TryGetValue(table, out var whole) && whole.Alias == scope.Alias)
        {
            return (whole.Select, whole.Shape);
        }

        var select = new StringBuilder();
        var shape = RowShape.Write(select, Projection.All(table), scope, scope.Alias, 0);
        var text = select.ToString();
        _wholeRows.AddOrUpdate(table, new WholeRowText(scope.Alias, text, shape));
        return (text, shape);
    }

    /// <summary>Per table (weakly, so a catalog's tables go with it), the whole-row select list last written.</summary>
    private static readonly ConditionalWeakTable<Table, WholeRowText> _wholeRows = new();

    private sealed record WholeRowText(string Alias, string Select, RowShape Shape);

    private static StringBuilder Where(Condition? condition, FromScope scope)
    {
        var where = new StringBuilder();
        if (condition is not null)
        {
            where.Append(" WHERE ");
            ConditionWriter.Write(where, condition, scope, scope.Alias);
        }

        return where;
    }

    /// <summary>The sort keys, blanks last in either direction, then the id so that pages are stable.</summary>
    private static StringBuilder OrderBy(IReadOnlyList<SortKey> keys, FromScope scope)
    {
        var order = new StringBuilder();
        foreach (var key in keys)
        {
            var column = ConditionWriter.Operand(new ColumnOperand(key.Column), scope.Follow(key.Path));
            if (key.Column.IsNullable)
            {
                order.Append("CASE WHEN ").Append(column).Append(" IS NULL THEN 1 ELSE 0 END, ");
            }

            order.Append(column).Append(key.Descending ? " DESC, " : ", ");
        }

        FromScope.Column(order, scope.Alias, scope.Table.Id);
        return order;
    }
}

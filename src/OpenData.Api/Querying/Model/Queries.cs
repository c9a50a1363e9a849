using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying.Model;

/// <summary>An ORDER BY key: a column of the row or of a row it links to; blanks always sort last.</summary>
public sealed record SortKey(IReadOnlyList<ToOneLink> Path, Column Column, bool Descending);

/// <summary>
/// Which columns of a row to read, and which to-one links to read in the same statement (LEFT JOIN), each with
/// its own columns. The id is always read.
/// </summary>
public sealed record Projection(Table Table, IReadOnlyList<Column> Columns, IReadOnlyList<(ToOneLink Link, Projection Target)> Joins)
{
    public static Projection All(Table table) => new(table, table.Stored, []);
}

/// <summary>A page of rows: filter, order (the id is always the last key), projection, offset and limit.</summary>
public sealed record RowsQuery(Projection Projection, Condition? Where, IReadOnlyList<SortKey> Order, long Offset, int Limit, bool WithTotal)
{
    public Table Table => Projection.Table;
}

/// <summary>The rows of a page, and the count of all rows the filter matches when it was asked for.</summary>
public sealed record RowsResult(IReadOnlyList<object> Rows, int? Total);

public enum AggregateFunction
{
    Count,
    CountValues,
    Sum,
    Min,
    Max,
}

/// <summary>One aggregate SQL computes: COUNT(*) (no measure), COUNT of values, SUM, MIN or MAX of a measure.</summary>
public sealed record Aggregate(AggregateFunction Function, Column? Measure);

/// <summary>
/// One aggregate statement: the aggregates, up to three group keys (columns of the row), HAVING, ORDER BY
/// aggregates (then the keys), and a page of groups. No keys: one row over the whole filtered set.
/// <paramref name="Joined"/>, beside the keys where given: for a key that is a link's foreign key, the link and the
/// projection of its row that each group reads in the same statement (LEFT JOIN), or null to read the key alone.
/// </summary>
public sealed record AggregateQuery(
    Table Table,
    Condition? Where,
    IReadOnlyList<Aggregate> Aggregates,
    IReadOnlyList<Column> Keys,
    Condition? Having,
    IReadOnlyList<(Aggregate Aggregate, bool Descending)> Order,
    long Offset,
    int Limit,
    IReadOnlyList<(ToOneLink Link, Projection Target)?>? Joined = null);

/// <summary>
/// One row of an aggregate statement: the group's key values, its row count and the aggregates in request order;
/// <paramref name="Linked"/>, beside the keys, the rows read for the query's joined keys (null where not joined, or
/// where the key is blank).
/// </summary>
public sealed record AggregateValues(IReadOnlyList<object?> Keys, long Count, IReadOnlyList<object?> Values, IReadOnlyList<object?>? Linked = null);

/// <summary>Rows of a child table for a set of parents, filtered and ordered, optionally the first n per parent.</summary>
public sealed record ChildRowsQuery(ToManyLink Link, IReadOnlyCollection<int> ParentIds, Condition? Where, IReadOnlyList<SortKey> Order, int? FirstPerParent);

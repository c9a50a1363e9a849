using OpenData.Api.GraphQL.Aggregation;

namespace OpenData.Api.GraphQL.Paging;

/// <summary>
/// A page of rows in the Relay connection shape HotChocolate users know. Edges and cursors are made only when a
/// query asks for them.
/// </summary>
public sealed class Connection(IReadOnlyList<object> nodes, long start, PageInfo pageInfo, int? totalCount, FilteredRows rows)
{
    public IReadOnlyList<object> Nodes { get; } = nodes;

    public IEnumerable<Edge> Edges => Nodes.Select((node, i) => new Edge(PagingArguments.Cursor(start + i), node));

    public PageInfo PageInfo { get; } = pageInfo;

    public int? TotalCount { get; } = totalCount;

    /// <summary>The collection and filter behind the page, for the aggregates asked for beside it.</summary>
    public FilteredRows Rows { get; } = rows;
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

namespace OpenData.Api.GraphQL.Paging;

/// <summary>A page of rows in the Relay connection shape HotChocolate users know.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, PageInfo PageInfo, int? TotalCount)
{
    /// <summary>The collection and filter behind the page, for the aggregates asked for beside it.</summary>
    public Aggregation.FilteredRows? Rows { get; init; }

    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.GraphQL.Paging;

/// <summary>
/// Cursor paging over an ordered query with offset cursors: one statement for the page (with one extra row to
/// learn whether there is a next page, and the total as a window count when asked for). Paging backwards from
/// the end counts first.
/// </summary>
public static class OffsetPaging
{
    public static async Task<(IReadOnlyList<object> Rows, long Start, PageInfo Info, int? Total)> PageAsync(
        QueryEngine engine, Projection projection, Condition? where, IReadOnlyList<SortKey> order, PagingArguments paging, bool withTotal, CancellationToken cancellationToken)
    {
        var start = paging.After is null ? 0 : PagingArguments.Offset(paging.After) + 1;
        long? end = paging.Before is null ? null : PagingArguments.Offset(paging.Before);
        int? total = null;
        if (paging.Last is { } last)
        {
            end ??= total = await engine.CountAsync(projection.Table, where, cancellationToken);
            start = Math.Max(start, end.Value - last);
        }

        long size = paging.First ?? paging.Last ?? PagingArguments.DefaultPageSize;
        if (end is not null)
        {
            size = Math.Min(size, Math.Max(0, end.Value - start));
        }

        var result = await engine.RowsAsync(new RowsQuery(projection, where, order, start, (int)size + 1, withTotal && total is null), cancellationToken);
        var rows = result.Rows;
        var hasMore = rows.Count > size;
        var page = hasMore ? rows.Take((int)size).ToList() : rows;
        var info = new PageInfo(
            HasNextPage: hasMore,
            HasPreviousPage: start > 0,
            StartCursor: page.Count > 0 ? PagingArguments.Cursor(start) : null,
            EndCursor: page.Count > 0 ? PagingArguments.Cursor(start + page.Count - 1) : null);
        return (page, start, info, total ?? result.Total);
    }
}

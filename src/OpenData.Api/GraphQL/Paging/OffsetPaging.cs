using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.GraphQL.Paging;

/// <summary>
/// Cursor paging over an ordered query with offset cursors: one SQL statement for the page (with one extra
/// row to learn whether there is a next page), and a COUNT only when totalCount is asked for.
/// </summary>
public static class OffsetPaging
{
    public static async Task<Connection> PageAsync<T>(
        IQueryable<T> ordered, IQueryable<T> unordered, PagingArguments paging, bool withTotal, CancellationToken cancellationToken)
        where T : class
    {
        paging.Validate();
        var start = paging.After is null ? 0 : PagingArguments.Offset(paging.After) + 1;
        var end = paging.Before is null ? (int?)null : PagingArguments.Offset(paging.Before);
        int? total = null;
        if (paging.Last is { } last)
        {
            end ??= total = await unordered.CountAsync(cancellationToken);
            start = Math.Max(start, end.Value - last);
        }

        var size = paging.First ?? paging.Last ?? PagingArguments.DefaultPageSize;
        if (end is not null)
        {
            size = Math.Min(size, Math.Max(0, end.Value - start));
        }

        var rows = await ordered.Skip(start).Take(size + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > size;
        var page = rows.Take(size).Select((row, i) => new Edge(PagingArguments.Cursor(start + i), row)).ToList();
        var info = new PageInfo(
            HasNextPage: hasMore,
            HasPreviousPage: start > 0,
            StartCursor: page.FirstOrDefault()?.Cursor,
            EndCursor: page.LastOrDefault()?.Cursor);
        if (withTotal)
        {
            total ??= await unordered.CountAsync(cancellationToken);
        }

        return new Connection(page, info, total);
    }
}

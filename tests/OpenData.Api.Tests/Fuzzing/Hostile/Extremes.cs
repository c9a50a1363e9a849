using System.Text;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>Paging at and past its bounds, cursors the server never gave out, and plain noise.</summary>
public static class Extremes
{
    private static readonly string[] _pageSizes = ["2147483647", "-1", "-2147483648", "501", "100000", "0", "500", "99999999999"];

    private static readonly string[] _offsets = ["2147483647", "2147483646", "-1", "1000000000", "0"];

    private static readonly string[] _cursorTexts =
        ["offset:2147483647", "offset:2147483646", "offset:-1", "offset:99999999999", "offset:", "offset:1e3", "offset: 5", "offset:0x10", "offset:٣", "OFFSET:1", ""];

    public static HostilePayload PagingExtremes(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var size = rng.Pick(_pageSizes);
        var paging = rng.Between(0, 2) switch
        {
            0 => $"first: {size}",
            1 => $"last: {size}",
            _ => $"first: {size}, last: {rng.Pick(_pageSizes)}",
        };
        if (target.GroupBy.Count > 0 && rng.Chance(0.4))
        {
            return new HostilePayload(
                $"{{ {target.Field} {{ groupedAggregates(groupBy: [{rng.Pick(target.GroupBy)}], first: {size}, offset: {rng.Pick(_offsets)}) {{ count }} }} }}");
        }

        return new HostilePayload($"{{ {target.Field}({paging}) {{ {target.Leaf} pageInfo {{ hasNextPage endCursor }} }} }}");
    }

    public static HostilePayload Cursors(HostileContext context)
    {
        var rng = context.Rng;
        var target = context.Target();
        var cursor = rng.Between(0, 3) switch
        {
            0 or 1 => Convert.ToBase64String(Encoding.UTF8.GetBytes(rng.Pick(_cursorTexts))),
            2 => Convert.ToBase64String([.. Enumerable.Range(0, rng.Between(0, 40)).Select(_ => rng.Byte())]),
            _ => rng.Pick(["offset:5", "====", "!!", "\\u0000", new string('A', rng.Between(1_000, 60_000))]),
        };
        var paging = rng.Between(0, 3) switch
        {
            0 => $"after: \"{cursor}\"",
            1 => $"after: \"{cursor}\", first: {rng.Between(0, 500)}",
            2 => $"before: \"{cursor}\", last: {rng.Between(0, 500)}",
            _ => $"before: \"{cursor}\", after: \"{cursor}\"",
        };
        return new HostilePayload($"{{ {target.Field}({paging}) {{ {target.Leaf} edges {{ cursor }} }} }}");
    }

    public static HostilePayload RandomBytes(HostileContext context)
    {
        var rng = context.Rng;
        var length = rng.Skewed(0, 4_000);
        return rng.Between(0, 2) switch
        {
            0 => HostilePayload.Raw([.. Enumerable.Range(0, length).Select(_ => rng.Byte())]),
            1 => HostilePayload.Raw([.. Enumerable.Range(0, length).Select(_ => (byte)rng.Between(0x20, 0x7E))]),
            _ => new HostilePayload(string.Concat(Enumerable.Range(0, length / 4).Select(_ => rng.Pick(["{", "}", "(", ")", "[", "]", "...", "@", "$", ":", "!", "=", "|", "&", "\"", "query", "fragment", "on", "a", "1", "-", " "])))),
        };
    }
}

using System.Globalization;
using System.Text;
using OpenData.Api.GraphQL.Filtering;

namespace OpenData.Api.GraphQL.Paging;

/// <summary>first/after/last/before, checked against the page-size limits.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The largest offset a cursor may hold: far past any table here, and safe from overflow.</summary>
    public const long MaxOffset = 100_000_000;

    public static string Cursor(long offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static long Offset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && offset <= MaxOffset)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new FilterException("INVALID_CURSOR", $"\"{Shorten(cursor)}\" is not a cursor this API gave out.");
    }

    public void Validate()
    {
        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value is < 0 or > MaxPageSize)
            {
                throw new FilterException("PAGE_SIZE_OUT_OF_RANGE", $"\"{name}\" must be between 0 and {MaxPageSize}; it was {value}.");
            }
        }

        if (First is not null && Last is not null)
        {
            throw new FilterException("INVALID_PAGING", "Give \"first\" or \"last\", not both.");
        }

        _ = After is null ? 0 : Offset(After);
        _ = Before is null ? 0 : Offset(Before);
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

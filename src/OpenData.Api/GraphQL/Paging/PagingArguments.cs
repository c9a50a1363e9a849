using System.Text;
using GraphQL;

namespace OpenData.Api.GraphQL.Paging;

/// <summary>first/after/last/before, checked against the page-size limits.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    public static int Offset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"\"{cursor}\" is not a cursor this API gave out.") { Code = "INVALID_CURSOR" };
    }

    public void Validate()
    {
        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value is < 0 or > MaxPageSize)
            {
                throw new ExecutionError($"\"{name}\" must be between 0 and {MaxPageSize}; it was {value}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
            }
        }

        if (First is not null && Last is not null)
        {
            throw new ExecutionError("Give \"first\" or \"last\", not both.") { Code = "INVALID_PAGING" };
        }
    }
}

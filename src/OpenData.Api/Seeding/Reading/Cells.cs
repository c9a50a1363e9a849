using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Api.Seeding.Reading;

/// <summary>
/// Reads the printed forms of numbers and dates. The patterns are strict on purpose: .NET's own
/// thousands parsing accepts "1,0,09", and a misplaced separator is a misprint to report, not to guess.
/// </summary>
internal static partial class Cells
{
    public static bool TryCount(string cell, out int value)
    {
        value = 0;
        return CountPattern().IsMatch(cell)
            && int.TryParse(cell.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryMoney(string cell, out decimal value)
    {
        value = 0;
        var match = MoneyPattern().Match(cell);
        return match.Success && TryDecimal(match.Groups["amount"].Value, out value);
    }

    public static bool TryRate(string cell, out decimal value)
    {
        value = 0;
        return RatePattern().IsMatch(cell) && TryDecimal(cell, out value);
    }

    public static bool TryDateRange(string cell, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        var match = DateRangePattern().Match(cell);
        return match.Success
            && DateOnly.TryParseExact(match.Groups["start"].Value, "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
            && DateOnly.TryParseExact(match.Groups["end"].Value, "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out end);
    }

    /// <summary>
    /// The dd/MM/yyyy date a "Fuente" line gives for its figures: null when it gives none, false
    /// when what it gives is no date (31/02/2021).
    /// </summary>
    public static bool TryFindDate(string line, out DateOnly? date)
    {
        date = null;
        var match = SlashDatePattern().Match(line);
        if (!match.Success)
        {
            return true;
        }

        var parsed = DateOnly.TryParseExact(match.Value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value);
        date = parsed ? value : null;
        return parsed;
    }

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)$")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^Q\s?(?<amount>(\d{1,3}(,\d{3})+|\d+)\.\d{2})$")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"^\d{1,3}\.\d{2}$")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^(?<start>\d{1,2}-\d{1,2}-\d{4}) al (?<end>\d{1,2}-\d{1,2}-\d{4})$")]
    private static partial Regex DateRangePattern();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex SlashDatePattern();
}

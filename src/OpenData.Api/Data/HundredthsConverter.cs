using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Api.Data;

/// <summary>
/// Stores a decimal with at most two decimals (quetzales and centavos, printed rates) as a whole number of
/// hundredths. SQLite has no decimal type: as integers the values sort, compare and add up in SQL, exactly.
/// </summary>
public sealed class HundredthsConverter() : ValueConverter<decimal, long>(
    value => ToHundredths(value),
    hundredths => FromHundredths(hundredths))
{
    public static long ToHundredths(decimal value)
    {
        var scaled = value * 100m;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new InvalidOperationException($"{value} has more than two decimals and cannot be stored exactly.");
        }

        return (long)scaled;
    }

    // Scale 2 keeps the printed form: 0.00 and 20.00 stay as the report writes them.
    public static decimal FromHundredths(long hundredths) => decimal.Round(hundredths / 100m, 2) + 0.00m;
}

/// <summary>
/// Hundredths as well, for figures quoted from prose, where whole numbers are printed without decimals
/// ("13,756 niños") and amounts with them ("Q.556,879.50"): a whole number reads back with no decimals.
/// </summary>
public sealed class WholeOrHundredthsConverter() : ValueConverter<decimal, long>(
    value => HundredthsConverter.ToHundredths(value),
    hundredths => FromHundredths(hundredths))
{
    public static decimal FromHundredths(long hundredths) =>
        hundredths % 100 == 0 ? hundredths / 100 : HundredthsConverter.FromHundredths(hundredths);
}

using GraphQL.Types;

namespace OpenData.Api.Features.Common;

/// <summary>
/// Figures that mix counts with amounts and rates (a totals row, an integrity check) are stored as hundredths and
/// read back with two decimals; their row's <see cref="FigureKind"/> says how the report printed them.
/// </summary>
public static class PrintedFigures
{
    /// <summary>
    /// A count drops the decimals it was read back with (218.00 is served 218); amounts and rates keep theirs. The
    /// value itself never changes: a count with a fraction, which the report cannot print, would be served as it is.
    /// </summary>
    public static decimal? AsPrinted(decimal? value, FigureKind kind) =>
        value is { } number && kind == FigureKind.Count && number == decimal.Truncate(number) ? decimal.Truncate(number) : value;

    public static EnumerationGraphType GraphType()
    {
        var type = new EnumerationGraphType { Name = "FigureKind", Description = "How the report prints a figure, and so how this API serves it." };
        type.Add("COUNT", FigureKind.Count, "A count (people, municipalities, centres, events, provisions), printed and served as a whole number: 218, not 218.00.");
        type.Add("AMOUNT", FigureKind.Amount, "An amount in quetzales, printed and served with its two decimals (\"Q7,674,675.24\" is 7674675.24).");
        type.Add("RATE", FigureKind.Rate, "A percentage, printed and served with its two decimals and without its sign (23.23).");
        return type;
    }
}

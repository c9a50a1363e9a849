using OpenData.Api.Data;
using OpenData.Api.Features.Common;

namespace OpenData.Api.Tests.Integrity;

/// <summary>Writing a figure as printed changes its scale, never its value.</summary>
public sealed class PrintedFiguresTests
{
    [Theory]
    [InlineData(21800L, FigureKind.Count, "218")]
    [InlineData(0L, FigureKind.Count, "0")]
    [InlineData(-200L, FigureKind.Count, "-2")]
    [InlineData(250L, FigureKind.Count, "2.50")] // not a whole count: served as stored, so the oddity shows
    [InlineData(20035300000L, FigureKind.Amount, "200353000.00")]
    [InlineData(0L, FigureKind.Rate, "0.00")]
    [InlineData(2015L, FigureKind.Rate, "20.15")]
    public void AsPrinted_OfStoredHundredths_IsThePrintedText(long hundredths, FigureKind kind, string printed)
    {
        var stored = HundredthsConverter.FromHundredths(hundredths);
        var served = PrintedFigures.AsPrinted(stored, kind);

        Assert.Equal(stored, served);
        Assert.Equal(printed, served!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AsPrinted_OfABlank_IsBlank() => Assert.Null(PrintedFigures.AsPrinted(null, FigureKind.Count));
}

namespace OpenData.Api.Features.Common;

/// <summary>How the report prints a figure: a count as a whole number, an amount or a rate with two decimals.</summary>
public enum FigureKind
{
    Count,
    Amount,
    Rate,
}

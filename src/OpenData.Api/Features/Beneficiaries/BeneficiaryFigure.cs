using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Beneficiaries;

/// <summary>
/// One non-blank cell of one of the four programme tables, as a row: department, programme, measure, value.
/// Copied from the stored coverage rows when a report is loaded, so every programme can be ranked in one query.
/// </summary>
public sealed class BeneficiaryFigure : CoverageRecord
{
    public required string Measure { get; init; }
    public required string MeasureLabel { get; init; }

    /// <summary>Never null: a blank cell has no figure row at all, because a blank is not a printed 0.</summary>
    public required int Value { get; init; }

    public required bool CountsPeopleServed { get; init; }
    public required bool IsPeopleCount { get; init; }
}

using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Coverage;

/// <summary>A department's row of the MCSM (women's programme) table.</summary>
public sealed class WomenProgramCoverage : CoverageRecord
{
    public int? Municipalities { get; init; }
    public int? Women { get; init; }
    public int? ProductiveUnits { get; init; }
    public int? TrainingEvents { get; init; }
    public int? CommercialEvents { get; init; }

    /// <summary>The row with the same key in the previous loaded term; set by <c>PeriodLinks</c> after every load.</summary>
    public int? PreviousId { get; set; }
    public WomenProgramCoverage? Previous { get; init; }
}

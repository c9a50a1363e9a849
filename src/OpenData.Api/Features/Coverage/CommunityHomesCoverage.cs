using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Coverage;

/// <summary>A department's row of the Hogares Comunitarios table.</summary>
public sealed class CommunityHomesCoverage : CoverageRecord
{
    public int? MunicipalitiesWithPresence { get; init; }
    public int? CommunityHomes { get; init; }
    public int? ChildCareCentres { get; init; }
    public int? ChildrenServed { get; init; }

    /// <summary>The row with the same key in the previous loaded term; set by <c>PeriodLinks</c> after every load.</summary>
    public int? PreviousId { get; set; }
    public CommunityHomesCoverage? Previous { get; init; }
}

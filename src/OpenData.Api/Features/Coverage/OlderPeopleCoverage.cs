using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Coverage;

/// <summary>A department's row of the Mis Años Dorados table.</summary>
public sealed class OlderPeopleCoverage : CoverageRecord
{
    public int? CareCentres { get; init; }
    public int? Men { get; init; }
    public int? Women { get; init; }
    public int? GenderTotal { get; init; }
    public int? Garifuna { get; init; }
    public int? LadinoMestizo { get; init; }
    public int? Maya { get; init; }
    public int? PuebloTotal { get; init; }
    public int? IntegralCareServices { get; init; }
    public int? GenerationGapEvents { get; init; }

    /// <summary>The row with the same key in the previous loaded term; set by <c>PeriodLinks</c> after every load.</summary>
    public int? PreviousId { get; set; }
    public OlderPeopleCoverage? Previous { get; init; }
}

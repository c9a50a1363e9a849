using OpenData.Api.Features.Common;
using OpenData.Api.Features.Programs;

namespace OpenData.Api.Features.Goals;

/// <summary>Whether a physical goal is a product or one of the sub-products listed under it.</summary>
public enum GoalLevel
{
    Product,
    SubProduct,
}

/// <summary>A row of "Ejecución de metas físicas": a product or sub-product with its target and achievement.</summary>
public sealed class Goal : ReportRecord
{
    public required string Directorate { get; init; }
    public int? ProgramId { get; init; }
    public SocialProgram? Program { get; init; }
    public required string Concept { get; init; }
    public required GoalLevel Level { get; init; }
    public int? ParentId { get; set; }
    public Goal? Parent { get; init; }
    public int? AnnualTarget { get; init; }
    public int? AccumulatedExecution { get; init; }
    public decimal? ExecutionRate { get; init; }

    /// <summary>The row with the same key in the previous loaded term; set by <c>PeriodLinks</c> after every load.</summary>
    public int? PreviousId { get; set; }
    public Goal? Previous { get; init; }
}

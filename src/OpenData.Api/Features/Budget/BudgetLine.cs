using OpenData.Api.Features.Common;
using OpenData.Api.Features.Programs;

namespace OpenData.Api.Features.Budget;

/// <summary>A budget activity's row of "Ejecución Presupuestaria desagregada por programas".</summary>
public sealed class BudgetLine : ReportRecord
{
    public required string Activity { get; init; }
    public int? ProgramId { get; init; }
    public SocialProgram? Program { get; init; }
    public required decimal Approved { get; init; }
    public required decimal Current { get; init; }
    public required decimal Executed { get; init; }
    public required decimal ExecutionRate { get; init; }

    /// <summary>Not printed: VIGENTE − ASIGNADO, a column the database computes from the row, so it cannot drift from it.</summary>
    public decimal ComputedModification { get; init; }

    /// <summary>Not printed: VIGENTE − EJECUTADO, computed by the database like <see cref="ComputedModification"/>.</summary>
    public decimal ComputedUnspent { get; init; }

    /// <summary>The row with the same key in the previous loaded term; set by <c>PeriodLinks</c> after every load.</summary>
    public int? PreviousId { get; set; }
    public BudgetLine? Previous { get; init; }
}

using OpenData.Api.Features.Programs;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Budget;

public sealed class BudgetLineDefinition : ReportRecordDefinition<BudgetLine>
{
    public BudgetLineDefinition()
        : base(
            "BudgetLine",
            "A budget activity's row of \"Ejecución Presupuestaria desagregada por programas\": what was approved, what is current after changes, and what was spent, in quetzales.",
            "budgetLines",
            "The budget by activity (actividad presupuestaria), one row per activity and term.")
    {
        Text("activity", e => e.Activity, "The budget activity (\"ACTIVIDAD PRESUPUESTARIA\"), e.g. \"Dirección y Coordinación\".");
        Field("approved", e => e.Approved, "The budget approved for the year, in quetzales (\"ASIGNADO\").");
        Field("current", e => e.Current, "The current budget after changes, in quetzales (\"VIGENTE\").");
        Field("executed", e => e.Executed, "What was spent in the term, in quetzales (\"EJECUTADO\").");
        Field("executionRate", e => e.ExecutionRate, "Spent as a percentage of the current budget, as printed (\"% DE EJECUCIÓN\"): 23.23 means 23.23 %.");
        Field("computedModification", e => e.ComputedModification, "Not printed in the report; computed as current − approved (\"VIGENTE\" − \"ASIGNADO\"), in quetzales, exact to the centavo: how much the budget was changed by during the year, negative where it was cut.");
        Field("computedUnspent", e => e.ComputedUnspent, "Not printed in the report; computed as current − executed (\"VIGENTE\" − \"EJECUTADO\"), in quetzales, exact to the centavo: what is left of the current budget to spend.");
        Reference<BudgetLine>("previous", e => e.PreviousId, e => e.Previous, "The same activity's budget line (same \"ACTIVIDAD PRESUPUESTARIA\", as printed) in the previous term, where that term is loaded and lists it exactly once; null otherwise.");
        Reference<SocialProgram>("program", e => e.ProgramId, e => e.Program, "The programme the activity clearly belongs to by name; null where the report does not tie it to one programme.");
    }
}

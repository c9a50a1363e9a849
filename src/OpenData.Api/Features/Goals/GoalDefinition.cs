using GraphQL.Types;
using OpenData.Api.Features.Programs;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Goals;

public sealed class GoalDefinition : ReportRecordDefinition<Goal>
{
    public GoalDefinition()
        : base(
            "Goal",
            "A row of \"Ejecución de metas físicas de productos y subproductos\": a product, or a sub-product listed under it, with its target for the year and what was achieved so far.",
            "goals",
            "The physical goals (metas físicas), one row per product or sub-product and term, in the report's order.")
    {
        Text("directorate", e => e.Directorate, "The directorate the goal is listed under, e.g. \"DIRECCIÓN DE HOGARES COMUNITARIOS\"; \"Dirección y Coordinación\" for the first group, which has no heading.");
        Text("concept", e => e.Concept, "What is counted (\"CONCEPTO\"), in the report's words.");
        var level = Field("level", e => e.Level, "Whether the row is a product or a sub-product of the product above it.");
        level.GraphType = LevelType();
        Field("annualTarget", e => e.AnnualTarget, "The target for the year (\"META TERMINAL\").");
        Field("accumulatedExecution", e => e.AccumulatedExecution, "What was achieved so far this year (\"EJECUCIÓN ACUMULADA\").");
        Field("executionRate", e => e.ExecutionRate, "Achieved as a percentage of the target, as printed (\"% DE EJECUCIÓN\").");
        Reference<Goal>("parent", e => e.ParentId, e => e.Parent, "For a sub-product, the product it is listed under; null for a product.");
        Collection<Goal>("subProducts", e => e.ParentId, "For a product, the sub-products listed under it.");
        Reference<Goal>("previous", e => e.PreviousId, e => e.Previous, "The same goal in the previous term (same directorate, concept and level, as printed), where that term is loaded and lists it exactly once; null otherwise.");
        Reference<SocialProgram>("program", e => e.ProgramId, e => e.Program, "The programme whose directorate the goal belongs to; null for \"Dirección y Coordinación\".");
    }

    private static EnumerationGraphType LevelType()
    {
        var type = new EnumerationGraphType { Name = "GoalLevel", Description = "Where a goal sits in the goals table's structure." };
        type.Add("PRODUCT", GoalLevel.Product, "A product (producto): the first row of its directorate's group.");
        type.Add("SUB_PRODUCT", GoalLevel.SubProduct, "A sub-product (subproducto), listed under a product.");
        return type;
    }
}

using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Periods;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Summaries;

public sealed class DepartmentSummaryDefinition : EntityDefinition<DepartmentSummary>
{
    public DepartmentSummaryDefinition()
        : base(
            "DepartmentSummary",
            "A department's headline figure from each of the four programme tables in one term, side by side, so programmes can be compared column to column (`womenServed: { gtColumn: CHILDREN_SERVED }`). Each figure is the printed cell of that programme's table; null where the programme has no row for the department or the cell is blank (blank is not 0).",
            "departmentSummaries",
            "One row per department and term with each programme's headline figures as columns; only departments that at least one of the four tables lists in the term.")
    {
        Field("childrenServed", e => e.ChildrenServed, "Hogares Comunitarios: children who benefited, as printed (\"NIÑOS BENEFICIARIOS\"; communityHomesCoverage.childrenServed).");
        Field("socialServicePeopleServed", e => e.SocialServicePeopleServed, "Servicio Social: people who received provisions, men and women together, as printed (\"TOTAL GÉNERO\"; socialServiceCoverage.genderTotal).");
        Field("provisions", e => e.Provisions, "Servicio Social: provisions delivered, as printed (\"TOTAL DOTACIONES\"; socialServiceCoverage.provisionsTotal).");
        Field("womenServed", e => e.WomenServed, "MCSM (the women's programme): women who benefited, as printed (\"MUJERES BENEFICIARIAS\"; womenProgramCoverage.women).");
        Field("olderPeopleServed", e => e.OlderPeopleServed, "Mis Años Dorados: older people served, men and women together, as printed (\"TOTAL GÉNERO\"; olderPeopleCoverage.genderTotal).");
        Field("computedPeopleServed", e => e.ComputedPeopleServed, "Not printed in the report; computed as childrenServed + socialServicePeopleServed + womenServed + olderPeopleServed, a blank adding nothing: the people the four programmes served in the department (a person served by two programmes counts twice), as the department profile's peopleServed.");
        Reference<Period>("period", e => e.PeriodId, e => e.Period, "The term (cuatrimestre) of the report the figures are from.");
        Reference<Department>("department", e => e.DepartmentId, e => e.Department, "The department the row is about.");
    }
}

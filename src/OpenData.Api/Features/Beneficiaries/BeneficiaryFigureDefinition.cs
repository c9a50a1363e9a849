using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Beneficiaries;

public sealed class BeneficiaryFigureDefinition : CoverageDefinition<BeneficiaryFigure>
{
    public BeneficiaryFigureDefinition()
        : base(
            "BeneficiaryFigure",
            "One figure of the four programme tables (Hogares Comunitarios, Servicio Social, MCSM, Mis Años Dorados) as a row of its own: a department, a programme, a measure (the table's column) and the value printed in that cell. The same figures as communityHomesCoverage, socialServiceCoverage, womenProgramCoverage and olderPeopleCoverage, laid out so that all four programmes can be filtered, ranked and added up in one query. A blank cell has no row here (blank is not 0), and a department a programme did not reach has no rows for it.",
            "beneficiaryFigures",
            "Every printed cell of the four programme tables, one row per department, programme and measure. Filter countsPeopleServed: true for the people each programme served in each department.")
    {
        Vocabulary("measure", e => e.Measure, BeneficiaryMeasureType.Create, "The column the figure is from, by its field name on the programme's table type: CHILDREN_SERVED, MEN, WOMEN, GENDER_TOTAL, PUEBLO_TOTAL, PROVISIONS_TOTAL, CARE_CENTRES, PRODUCTIVE_UNITS … MEN and WOMEN occur in more than one programme: filter by program as well.");
        Text("measureLabel", e => e.MeasureLabel, "The column heading printed in the report, in Spanish (\"NIÑOS BENEFICIARIOS\", \"MUJERES BENEFICIARIAS\", \"TOTAL GÉNERO\"); for two-line headings, the lower line (\"HOMBRE\" under \"GÉNERO\").");
        Field("value", e => e.Value, "The figure printed in the cell. Never null: blank cells have no row.");
        Field("countsPeopleServed", e => e.CountsPeopleServed, "True for the one measure per programme that counts the people it served in the department, so that these figures can be added across programmes: Hogares Comunitarios \"NIÑOS BENEFICIARIOS\" (childrenServed), Servicio Social \"TOTAL GÉNERO\" (genderTotal, people who received provisions), MCSM \"MUJERES BENEFICIARIAS\" (women), Mis Años Dorados \"TOTAL GÉNERO\" (genderTotal, older people served). For Servicio Social, \"TOTAL PUEBLO\" and \"TOTAL DOTACIONES\" are printed equal to \"TOTAL GÉNERO\" in this report, but the gender total is the one that counts persons (men plus women); provisions count things delivered and could exceed people in another term. The same person may be counted by more than one programme: the sum is people served, not distinct people.");
        Field("isPeopleCount", e => e.IsPeopleCount, "True when the measure counts people (men, women, children, Ladino/Mestizo, Maya, Garífuna and their totals); false for municipalities, community homes, care centres, productive units, events, provisions and care services.");
    }
}

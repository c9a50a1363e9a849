using OpenData.Api.Features.Departments;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Shelters;

public sealed class ShelterDefinition : ReportRecordDefinition<Shelter>
{
    public ShelterDefinition()
        : base(
            "Shelter",
            "A row of the shelters table of \"Gestión de Riesgos\": shelters (albergues) SOSEP ran during cold weather, giving roof, warm clothing and food to people of scarce resources.",
            "shelters",
            "The shelters table, one row per place and term.")
    {
        Field("shelters", e => e.Shelters, "How many shelters the row counts (\"ALBERGUES\").");
        Text("location", e => e.Location, "Where the shelter was (\"UBICACIÓN\"), e.g. \"Barrio el Gallito Zona 3\".");
        Field("coverageStart", e => e.CoverageStart, "The first day covered (\"FECHA DE COBERTURA\", first date).");
        Field("coverageEnd", e => e.CoverageEnd, "The last day covered (\"FECHA DE COBERTURA\", second date).");
        Field("peopleServed", e => e.PeopleServed, "People who benefited (\"PERSONAS BENEFICIADAS\").");
        Reference<Department>("department", e => e.DepartmentId, e => e.Department, "The department the shelter was in, as the report's text states it.");
    }
}

using OpenData.Api.Features.Beneficiaries;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Shelters;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Departments;

public sealed class DepartmentDefinition : EntityDefinition<Department>
{
    public DepartmentDefinition()
        : base("Department", "One of Guatemala's 22 departments (departamentos), with the code the national statistics institute (INE) gives it.", "departments", "Guatemala's 22 departments, whether or not a programme reached them.")
    {
        LookupKey = Field("code", e => e.Code, "The INE department code, two digits: \"01\" Guatemala … \"17\" Petén … \"22\" Jutiapa. Other Guatemalan datasets join on it.");
        LookupDescription = "One department by its INE code (\"17\", or \"1\" for \"01\") or by its name in any case, accents optional (\"peten\" finds Petén).";
        var name = Text("name", e => e.Name, "The department's name in Spanish with accents, as the report prints it (\"Petén\", \"Quiché\").");
        LookupForms = new LookupForms("an INE code", "Use code: with an INE code, \"01\" Guatemala to \"22\" Jutiapa (\"1\" for \"01\"), or name: with its Spanish name in any case, accents optional (\"peten\" finds Petén).")
        {
            // Spreadsheets drop the leading zero of "01" to "09"; the INE code is still the one meant.
            KeyAsTyped = code => code is [var digit] && char.IsAsciiDigit(digit) ? "0" + code : code,
            Names = [name],
            KeyDescription = "The INE department code: \"01\" Guatemala … \"17\" Petén … \"22\" Jutiapa, and \"1\" to \"9\" for \"01\" to \"09\". Give code or name, not both.",
            NameDescription = "The department's name in any case, accents optional: \"Petén\", \"peten\" and \"PETEN\" all find Petén. Give code or name, not both.",
        };
        Collection<CommunityHomesCoverage>("communityHomesCoverage", e => e.DepartmentId, "Its rows in the Hogares Comunitarios table, one per term (none where the programme did not reach it).");
        Collection<SocialServiceCoverage>("socialServiceCoverage", e => e.DepartmentId, "Its rows in the Servicio Social table, one per term.");
        Collection<WomenProgramCoverage>("womenProgramCoverage", e => e.DepartmentId, "Its rows in the MCSM (women's programme) table, one per term.");
        Collection<OlderPeopleCoverage>("olderPeopleCoverage", e => e.DepartmentId, "Its rows in the Mis Años Dorados table, one per term.");
        Collection<BeneficiaryFigure>("beneficiaryFigures", e => e.DepartmentId, "Every figure the four programme tables print for it, one row per programme and measure; filter countsPeopleServed: true for the people each programme served here.");
        var (profile, profileTypes) = DepartmentProfileField.Create();
        Custom(profile, profileTypes);
        Collection<Shelter>("shelters", e => e.DepartmentId, "Cold-weather shelters SOSEP ran in it.");
    }
}

using OpenData.Api.Features.Achievements;
using OpenData.Api.Features.Beneficiaries;
using OpenData.Api.Features.Budget;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Goals;
using OpenData.Api.Features.Provenance;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Programs;

public sealed class SocialProgramDefinition : EntityDefinition<SocialProgram>
{
    public SocialProgramDefinition()
        : base("Program", "One of SOSEP's four substantive programmes (programas sustantivos): Hogares Comunitarios, Servicio Social, Mejoramiento de las Condiciones Socioeconómicas de la Mujer and Mis Años Dorados.", "programs", "SOSEP's four substantive programmes.")
    {
        LookupKey = Field("code", e => e.Code, "A stable English code: \"community-homes\", \"social-service\", \"women\" or \"older-people\".");
        LookupDescription = "One programme by its code (\"community-homes\") or by its Spanish name or acronym in any case, accents optional (\"mis anos dorados\", \"MCSM\").";
        var name = Text("name", e => e.Name, "The programme's name in the report, e.g. \"Hogares Comunitarios\".");
        var acronym = Field("acronym", e => e.Acronym, "The acronym the report uses, where it uses one (\"MCSM\").");
        LookupForms = new LookupForms("a programme code", "Use code: \"community-homes\", \"social-service\", \"women\" or \"older-people\", or name: with its Spanish name or acronym in any case, accents optional (\"mis anos dorados\", \"MCSM\").")
        {
            Names = [name, acronym],
            KeyDescription = "A stable English code: \"community-homes\", \"social-service\", \"women\" or \"older-people\". Give code or name, not both.",
            NameDescription = "The programme's Spanish name or acronym in any case, accents optional: \"Mis Años Dorados\", \"mis anos dorados\", \"MCSM\". Give code or name, not both.",
        };
        Field("description", e => e.Description, "What the programme does, in the report's words.");
        Field("targetPopulation", e => e.TargetPopulation, "Who the programme serves, in the report's words.");
        TextList("modalities", e => e.Modalities, "The ways the programme is delivered (\"Modalidades de atención\"); empty where the report lists none.");
        TextList("goodsAndServices", e => e.GoodsAndServices, "What it delivers to the people it serves (\"Bienes y/o servicios que entrega a la población beneficiaria\").");
        Reference<Source>("source", e => e.SourceId, e => e.Source, "Where in the report the programme is described.");
        Collection<CommunityHomesCoverage>("communityHomesCoverage", e => e.ProgramId, "Its per-department rows, if it is Hogares Comunitarios.");
        Collection<SocialServiceCoverage>("socialServiceCoverage", e => e.ProgramId, "Its per-department rows, if it is Servicio Social.");
        Collection<WomenProgramCoverage>("womenProgramCoverage", e => e.ProgramId, "Its per-department rows, if it is the women's programme (MCSM).");
        Collection<OlderPeopleCoverage>("olderPeopleCoverage", e => e.ProgramId, "Its per-department rows, if it is Mis Años Dorados.");
        Collection<BeneficiaryFigure>("beneficiaryFigures", e => e.ProgramId, "Every figure of its per-department table, one row per department and measure.");
        Collection<Goal>("goals", e => e.ProgramId, "Its physical goals (metas físicas): the products and sub-products of its directorate.");
        Collection<BudgetLine>("budgetLines", e => e.ProgramId, "The budget activities that are clearly its own by name (\"Servicio Social\", \"Programa Nacional Mis Años Dorados\"); activities the report does not tie to one programme are not linked.");
        Collection<Achievement>("achievements", e => e.ProgramId, "The achievements (logros institucionales) the report states for it.");
    }
}

using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Coverage;

public sealed class CommunityHomesCoverageDefinition : CoverageDefinition<CommunityHomesCoverage>
{
    public CommunityHomesCoverageDefinition()
        : base(
            "CommunityHomesCoverage",
            "A department's row of the Hogares Comunitarios table (\"Niños atendidos y Centros de Atención en funcionamiento desagregado a nivel departamental y municipal\"): day care and meals for children aged 0 to 7. A blank cell is null.",
            "communityHomesCoverage",
            "The Hogares Comunitarios table, one row per department and term.")
    {
        Field("municipalitiesWithPresence", e => e.MunicipalitiesWithPresence, "Municipalities where the programme is present (\"MUNICIPIOS CON PRESENCIA\").");
        Field("communityHomes", e => e.CommunityHomes, "Community homes run (\"HOGARES COMUNITARIOS\").");
        Field("childCareCentres", e => e.ChildCareCentres, "Child care and development centres run (\"CADIS\", Centros de Atención y Desarrollo Infantil).");
        Field("childrenServed", e => e.ChildrenServed, "Children who benefited (\"NIÑOS BENEFICIARIOS\").");
        Reference<CommunityHomesCoverage>("previous", e => e.PreviousId, e => e.Previous, "The same department's row of this table in the previous term, where that term is loaded and has the department; null otherwise.");
    }
}

public sealed class SocialServiceCoverageDefinition : CoverageDefinition<SocialServiceCoverage>
{
    public SocialServiceCoverageDefinition()
        : base(
            "SocialServiceCoverage",
            "A department's row of the Servicio Social table (\"Personas beneficiadas con dotaciones\"): orthopaedic devices, medical treatment and other social services, by gender and by people (pueblo). A blank cell is null.",
            "socialServiceCoverage",
            "The Servicio Social table, one row per department and term.")
    {
        Field("men", e => e.Men, "Men who received provisions (\"GÉNERO: HOMBRE\").");
        Field("women", e => e.Women, "Women who received provisions (\"GÉNERO: MUJER\").");
        Field("genderTotal", e => e.GenderTotal, "Men and women together, as printed (\"TOTAL GÉNERO\").");
        Field("ladinoMestizo", e => e.LadinoMestizo, "People who are Ladino or Mestizo (\"PUEBLO: LADINO / MESTIZO\").");
        Field("maya", e => e.Maya, "People who are Maya (\"PUEBLO: MAYA\").");
        Field("puebloTotal", e => e.PuebloTotal, "All peoples together, as printed (\"TOTAL PUEBLO\").");
        Field("provisionsTotal", e => e.ProvisionsTotal, "Provisions delivered (\"TOTAL DOTACIONES\").");
        Reference<SocialServiceCoverage>("previous", e => e.PreviousId, e => e.Previous, "The same department's row of this table in the previous term, where that term is loaded and has the department; null otherwise.");
    }
}

public sealed class WomenProgramCoverageDefinition : CoverageDefinition<WomenProgramCoverage>
{
    public WomenProgramCoverageDefinition()
        : base(
            "WomenProgramCoverage",
            "A department's row of the Mejoramiento de las Condiciones Socioeconómicas de la Mujer (MCSM) table (\"Mujeres beneficiadas desagregadas a nivel departamental\"): rural women organised in productive units. A blank cell is null.",
            "womenProgramCoverage",
            "The MCSM (women's programme) table, one row per department and term.")
    {
        Field("municipalities", e => e.Municipalities, "Municipalities reached (\"MUNICIPIOS\").");
        Field("women", e => e.Women, "Women who benefited (\"MUJERES BENEFICIARIAS\").");
        Field("productiveUnits", e => e.ProductiveUnits, "Productive units organised (\"UNIDADES PRODUCTIVAS ORGANIZADAS\").");
        Field("trainingEvents", e => e.TrainingEvents, "Training events held (\"EVENTOS DE FORMACIÓN\").");
        Field("commercialEvents", e => e.CommercialEvents, "Events to sell the women's products (\"EVENTOS DE COMERCIALIZACIÓN\").");
        Reference<WomenProgramCoverage>("previous", e => e.PreviousId, e => e.Previous, "The same department's row of this table in the previous term, where that term is loaded and has the department; null otherwise.");
    }
}

public sealed class OlderPeopleCoverageDefinition : CoverageDefinition<OlderPeopleCoverage>
{
    public OlderPeopleCoverageDefinition()
        : base(
            "OlderPeopleCoverage",
            "A department's row of the Mis Años Dorados table (\"Personas Adultas mayores atendidas y Centros de Atención en funcionamiento\"): day and residential care for older people, by gender and by people (pueblo). A blank cell is null.",
            "olderPeopleCoverage",
            "The Mis Años Dorados table, one row per department and term.")
    {
        Field("careCentres", e => e.CareCentres, "Care centres running (\"CENTROS DE ATENCIÓN\").");
        Field("men", e => e.Men, "Older men served (\"GÉNERO: HOMBRES\").");
        Field("women", e => e.Women, "Older women served (\"GÉNERO: MUJERES\").");
        Field("genderTotal", e => e.GenderTotal, "Men and women together, as printed (\"TOTAL GÉNERO\").");
        Field("garifuna", e => e.Garifuna, "People who are Garífuna (\"PUEBLO: GARÍFUNA\").");
        Field("ladinoMestizo", e => e.LadinoMestizo, "People who are Ladino or Mestizo (\"PUEBLO: LADINO / MESTIZO\").");
        Field("maya", e => e.Maya, "People who are Maya (\"PUEBLO: MAYA\").");
        Field("puebloTotal", e => e.PuebloTotal, "All peoples together, as printed (\"TOTAL PUEBLO\").");
        Field("integralCareServices", e => e.IntegralCareServices, "Integral care services given (\"ATENCIÓNES INTEGRALES\").");
        Field("generationGapEvents", e => e.GenerationGapEvents, "Events to reduce the generation gap (\"EVENTOS REDUCCIÓN BRECHA GENERACIONAL\").");
        Reference<OlderPeopleCoverage>("previous", e => e.PreviousId, e => e.Previous, "The same department's row of this table in the previous term, where that term is loaded and has the department; null otherwise.");
    }
}

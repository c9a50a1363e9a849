using OpenData.Api.Features.Coverage;

namespace OpenData.Api.Features.Beneficiaries;

/// <summary>
/// Every column of the four programme tables as a measure, with the heading printed over it (the lower line
/// of a two-line heading: "HOMBRE" under "GÉNERO"). Exactly one column per table counts the people served.
/// </summary>
public static class BeneficiaryMeasures
{
    public static IReadOnlyList<BeneficiaryMeasure> All { get; } =
    [
        BeneficiaryMeasure.Of<CommunityHomesCoverage>(e => e.MunicipalitiesWithPresence, "municipalitiesWithPresence", "MUNICIPIOS CON PRESENCIA", isPeopleCount: false),
        BeneficiaryMeasure.Of<CommunityHomesCoverage>(e => e.CommunityHomes, "communityHomes", "HOGARES COMUNITARIOS", isPeopleCount: false),
        BeneficiaryMeasure.Of<CommunityHomesCoverage>(e => e.ChildCareCentres, "childCareCentres", "CADIS", isPeopleCount: false),
        BeneficiaryMeasure.Of<CommunityHomesCoverage>(e => e.ChildrenServed, "childrenServed", "NIÑOS BENEFICIARIOS", isPeopleCount: true, countsPeopleServed: true),

        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.Men, "men", "HOMBRE", isPeopleCount: true),
        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.Women, "women", "MUJER", isPeopleCount: true),

        // People by sex, printed equal to TOTAL PUEBLO and TOTAL DOTACIONES in 2021 term 1; persons are what is
        // ranked, and a provision is a thing delivered, so the sex total is the one that must stay a head count.
        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.GenderTotal, "genderTotal", "TOTAL GÉNERO", isPeopleCount: true, countsPeopleServed: true),
        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.LadinoMestizo, "ladinoMestizo", "LADINO / MESTIZO", isPeopleCount: true),
        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.Maya, "maya", "MAYA", isPeopleCount: true),
        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.PuebloTotal, "puebloTotal", "TOTAL PUEBLO", isPeopleCount: true),
        BeneficiaryMeasure.Of<SocialServiceCoverage>(e => e.ProvisionsTotal, "provisionsTotal", "TOTAL DOTACIONES", isPeopleCount: false),

        BeneficiaryMeasure.Of<WomenProgramCoverage>(e => e.Municipalities, "municipalities", "MUNICIPIOS", isPeopleCount: false),
        BeneficiaryMeasure.Of<WomenProgramCoverage>(e => e.Women, "women", "MUJERES BENEFICIARIAS", isPeopleCount: true, countsPeopleServed: true),
        BeneficiaryMeasure.Of<WomenProgramCoverage>(e => e.ProductiveUnits, "productiveUnits", "UNIDADES PRODUCTIVAS ORGANIZADAS", isPeopleCount: false),
        BeneficiaryMeasure.Of<WomenProgramCoverage>(e => e.TrainingEvents, "trainingEvents", "EVENTOS DE FORMACIÓN", isPeopleCount: false),
        BeneficiaryMeasure.Of<WomenProgramCoverage>(e => e.CommercialEvents, "commercialEvents", "EVENTOS DE COMERCIALIZACIÓN", isPeopleCount: false),

        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.CareCentres, "careCentres", "CENTROS DE ATENCIÓN", isPeopleCount: false),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.Men, "men", "HOMBRES", isPeopleCount: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.Women, "women", "MUJERES", isPeopleCount: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.GenderTotal, "genderTotal", "TOTAL GÉNERO", isPeopleCount: true, countsPeopleServed: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.Garifuna, "garifuna", "GARÍFUNA", isPeopleCount: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.LadinoMestizo, "ladinoMestizo", "LADINO / MESTIZO", isPeopleCount: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.Maya, "maya", "MAYA", isPeopleCount: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.PuebloTotal, "puebloTotal", "TOTAL PUEBLO", isPeopleCount: true),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.IntegralCareServices, "integralCareServices", "ATENCIÓNES INTEGRALES", isPeopleCount: false),
        BeneficiaryMeasure.Of<OlderPeopleCoverage>(e => e.GenerationGapEvents, "generationGapEvents", "EVENTOS REDUCCIÓN BRECHA GENERACIONAL", isPeopleCount: false),
    ];
}

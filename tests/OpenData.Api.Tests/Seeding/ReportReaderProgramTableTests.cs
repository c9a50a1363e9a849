using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Seeding;

/// <summary>The four programme tables, checked against values copied by hand from the report text.</summary>
public sealed class ReportReaderProgramTableTests
{
    private const string Fuente = "Fuente: Elaboración propia con datos proporcionados por la ";

    private static ParsedReport Report => SeedReport.Parsed;

    [Fact]
    public void CommunityHomes_PageBreakAfterPeten_KeepsReadingAll22Departments()
    {
        var table = Report.CommunityHomes;

        Assert.Equal(
            ["Alta Verapaz", "Baja Verapaz", "Chimaltenango", "Chiquimula", "El Progreso", "Escuintla", "Guatemala", "Huehuetenango",
             "Izabal", "Jalapa", "Jutiapa", "Petén", "Quetzaltenango", "Quiché", "Retalhuleu", "Sacatepéquez", "San Marcos",
             "Santa Rosa", "Sololá", "Suchitepéquez", "Totonicapán", "Zacapa"],
            table.Rows.Select(r => r.Department));
        Assert.Equal(new CommunityHomesRow("Alta Verapaz", 10, 0, 20, 611, 96), table.Rows[0]);
        Assert.Equal(new CommunityHomesRow("Chimaltenango", 12, 10, 37, 1_009, 98), table.Rows[2]);
        Assert.Equal(new CommunityHomesRow("Petén", 9, 0, 12, 295, 107), table.Rows[11]);
        Assert.Equal(new CommunityHomesRow("Quetzaltenango", 22, 7, 55, 1_360, 109), table.Rows[12]);
        Assert.Equal(new CommunityHomesRow("Zacapa", 9, 0, 23, 741, 118), table.Rows[21]);
        ReportReaderTests.AssertTotals(
            table.Totals, "TOTALES", 119, ("Municipalities", 218m), ("CommunityHomes", 143m), ("ChildCareCentres", 462m), ("Children", 13_756m));
        Assert.Equal(
            new SourceRef(
                "HOGARES COMUNITARIOS",
                "Niños atendidos y Centros de Atención en funcionamiento desagregado a nivel departamental y municipal, enero-abril de 2021.",
                Fuente + "Dirección de Hogares comunitarios con fecha 26/04/2021.",
                new DateOnly(2021, 4, 26),
                95,
                119),
            table.Source);
    }

    [Fact]
    public void SocialService_TwoLineHeaderAndBlankCells_BlanksAreNull()
    {
        var table = Report.SocialService;

        Assert.Equal(15, table.Rows.Count);
        Assert.Equal(new SocialServiceRow("Chimaltenango", 6, 14, 20, 1, 19, 20, 20, 154), table.Rows[0]);
        Assert.Equal(new SocialServiceRow("El Progreso", 1, 5, 6, 6, null, 6, 6, 155), table.Rows[1]);
        Assert.Equal(new SocialServiceRow("Guatemala", 43, 46, 89, 84, 5, 89, 89, 157), table.Rows[3]);
        Assert.Equal(new SocialServiceRow("Huehuetenango", 2, 1, 3, null, 3, 3, 3, 158), table.Rows[4]);
        Assert.Equal(new SocialServiceRow("Quiché", null, 3, 3, 2, 1, 3, 3, 162), table.Rows[8]);
        Assert.Equal(new SocialServiceRow("Sacatepéquez", null, 1, 1, 1, null, 1, 1, 164), table.Rows[10]);
        ReportReaderTests.AssertTotals(
            table.Totals,
            "TOTALES",
            169,
            ("Men", 189m),
            ("Women", 222m),
            ("GenderTotal", 411m),
            ("LadinoMestizo", 378m),
            ("Maya", 33m),
            ("PeopleTotal", 411m),
            ("ProvisionsTotal", 411m));
        Assert.Equal(
            new SourceRef(
                "SERVICIO SOCIAL",
                "Personas beneficiadas con dotaciones, desagregado a nivel departamental y municipal, enero-abril de 2021.",
                Fuente + "Dirección de Servicio Social con fecha 26/04/2021.",
                new DateOnly(2021, 4, 26),
                152,
                169),
            table.Source);
    }

    [Fact]
    public void WomenProgram_BlankCommercialEvents_AreNull()
    {
        var table = Report.WomenProgram;

        Assert.Equal(22, table.Rows.Count);
        Assert.Equal(new WomenProgramRow("Alta Verapaz", 8, 1_031, 74, 452, 2, 208), table.Rows[0]);
        Assert.Equal(new WomenProgramRow("Huehuetenango", 19, 2_070, 183, 1_234, 5, 215), table.Rows[7]);
        Assert.Equal(new WomenProgramRow("Jalapa", 1, 122, 9, 18, null, 217), table.Rows[9]);
        Assert.Equal(new WomenProgramRow("Suchitepéquez", 19, 1_000, 100, 250, null, 227), table.Rows[19]);
        ReportReaderTests.AssertTotals(
            table.Totals,
            "TOTALES",
            230,
            ("Municipalities", 223m),
            ("Women", 17_457m),
            ("ProductiveUnits", 1_436m),
            ("TrainingEvents", 8_256m),
            ("CommercialEvents", 58m));
        Assert.Equal(
            new SourceRef(
                "MEJORAMIENTO DE LAS CONDICIONES SOCIOECONÓMICAS DE LA MUJER",
                "Mujeres beneficiadas desagregadas a nivel departamental, enero-abril de 2021",
                Fuente + "Dirección Mejoramiento de las Condiciones Socioeconómicas de la mujer con fecha 26/04/2021.",
                new DateOnly(2021, 4, 26),
                207,
                230),
            table.Source);
    }

    [Fact]
    public void OlderPeople_TwoLineHeaderAndBlankCells_BlanksAreNull()
    {
        var table = Report.OlderPeople;

        Assert.Equal(19, table.Rows.Count);
        Assert.Equal(new OlderPeopleRow("El Progreso", 1, 22, 15, 37, null, 37, null, 37, 143, 4, 278), table.Rows[3]);
        Assert.Equal(new OlderPeopleRow("Guatemala", 14, 283, 469, 752, 10, 661, 81, 752, 2_901, 56, 280), table.Rows[5]);
        Assert.Equal(new OlderPeopleRow("Jutiapa", 9, 198, 203, 401, 1, 399, 1, 401, 1_585, 142, 284), table.Rows[9]);
        Assert.Equal(new OlderPeopleRow("Quetzaltenango", 2, 44, 42, 86, null, 79, 7, 86, 342, 8, 285), table.Rows[10]);
        Assert.Equal(new OlderPeopleRow("Santa Rosa", 4, 75, 72, 147, 3, 144, null, 147, 579, 16, 290), table.Rows[15]);
        ReportReaderTests.AssertTotals(
            table.Totals,
            "TOTALES",
            294,
            ("CareCentres", 85m),
            ("Men", 1_737m),
            ("Women", 2_153m),
            ("GenderTotal", 3_890m),
            ("Garifuna", 49m),
            ("LadinoMestizo", 2_979m),
            ("Maya", 862m),
            ("PeopleTotal", 3_890m),
            ("IntegralCareServices", 14_895m),
            ("GenerationGapEvents", 466m));

        // The report credits this table to the Dirección de Servicio Social; kept as printed.
        Assert.Equal(
            new SourceRef(
                "MIS AÑOS DORADOS",
                "Personas Adultas mayores atendidas y Centros de Atención en funcionamiento, enero-abril de 2021.",
                Fuente + "Dirección de Servicio Social con fecha 26/04/2021.",
                new DateOnly(2021, 4, 26),
                273,
                294),
            table.Source);
    }
}

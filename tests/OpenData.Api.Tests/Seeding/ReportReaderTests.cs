using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Seeding;

public sealed class ReportReaderTests
{
    private static ParsedReport Report => SeedReport.Parsed;

    [Fact]
    public void Title_PrimerCuatrimestre2021_IsYear2021Term1()
    {
        Assert.Equal("RENDICIÓN DE CUENTAS, PRIMER CUATRIMESTRE 2021", Report.Title);
        Assert.Equal(2021, Report.Year);
        Assert.Equal(1, Report.Term);
    }

    [Fact]
    public void Sha256_OfSeedFileBytes_MatchesSha256sum()
    {
        // Computed once with `sha256sum seed/sosep-rendicion-de-cuentas-2021-c1.txt`.
        Assert.Equal("3867d3a8804a4db246171e90612df186619075c3e9bcef309aa2bc75152e0399", Report.Sha256);
    }

    [Fact]
    public void Parse_StringOfSameText_ReadsTheSameTables()
    {
        var fromText = ReportReader.Parse(SeedReport.Text);

        Assert.Equal(Report.Sha256, fromText.Sha256);
        Assert.Equal(Report.CommunityHomes.Rows, fromText.CommunityHomes.Rows);
    }

    [Fact]
    public void Budget_FiveActivities_MoneyAndRatesAsPrinted()
    {
        var budget = Report.Budget;

        Assert.Equal(5, budget.Rows.Count);
        Assert.Equal(new BudgetRow("Dirección y Coordinación", 32_595_100.00m, 33_038_461.00m, 7_674_675.24m, 23.23m, 44), budget.Rows[0]);
        Assert.Equal(new BudgetRow("Servicio Social", 7_194_735.00m, 6_596_188.00m, 1_176_282.82m, 17.83m, 46), budget.Rows[2]);
        Assert.Equal(new BudgetRow("Creciendo Seguro", 10_826_243.00m, 8_480_971.00m, 2_504_212.39m, 29.53m, 47), budget.Rows[3]);
        Assert.Equal(
            new BudgetRow("Programa Nacional Mis Años Dorados", 32_200_000.00m, 34_262_466.00m, 6_949_299.99m, 20.28m, 48),
            budget.Rows[4]);
        AssertTotals(
            budget.Totals,
            "TOTALES",
            49,
            ("Approved", 200_353_000.00m),
            ("Current", 200_353_000.00m),
            ("Executed", 40_361_430.75m),
            ("ExecutionRate", 20.15m));
        Assert.Equal(
            new SourceRef(
                "Ejecución Financiera por Grupo de Gasto",
                "Ejecución Presupuestaria desagregada por programas, enero-abril de 2021.",
                "Fuente Dirección Financiera 05/05/2021",
                new DateOnly(2021, 5, 5),
                43,
                49),
            budget.Source);
    }

    [Fact]
    public void Goals_DirectoratesProductsAndSubProducts_FromHeadingRows()
    {
        var goals = Report.Goals;

        Assert.Equal(15, goals.Rows.Count);
        Assert.Equal(
            ["Dirección y Coordinación", "DIRECCIÓN DE HOGARES COMUNITARIOS", "DIRECCIÓN DE SERVICIO SOCIAL",
             "DIRECCIÓN DE MEJORAMIENTO DE LAS CONDICIONES SOCIOECONÓMICAS DE LA MUJER", "DIRECCIÓN DE MIS AÑOS DORADOS"],
            goals.Rows.Select(r => r.Directorate).Distinct());
        Assert.Equal(
            new[] { 315, 318, 322, 326, 331 },
            goals.Rows.Where(r => r.Level == GoalLevel.Product).Select(r => r.Line));

        Assert.Equal(
            new GoalRow("Dirección y Coordinación", "Dirección y Coordinación", GoalLevel.Product, 12, 4, 33.33m, 315), goals.Rows[0]);
        Assert.Equal(
            new GoalRow("Dirección y Coordinación", "Dirección y Coordinación", GoalLevel.SubProduct, 12, 4, 33.33m, 316), goals.Rows[1]);
        Assert.Equal(
            new GoalRow(
                "DIRECCIÓN DE SERVICIO SOCIAL",
                "Personas con problemas de salud en condición de pobreza y pobreza extrema beneficiados con atención en jornadas médicas.",
                GoalLevel.SubProduct,
                0,
                0,
                0.00m,
                324),
            goals.Rows[7]);
        Assert.Equal(
            new GoalRow(
                "DIRECCIÓN DE MEJORAMIENTO DE LAS CONDICIONES SOCIOECONÓMICAS DE LA MUJER",
                "Mujeres beneficiadas con capacitación y asistencia técnica en proyectos productivos.",
                GoalLevel.Product,
                43_819,
                17_457,
                39.84m,
                326),
            goals.Rows[8]);
        Assert.Equal(
            new GoalRow(
                "DIRECCIÓN DE MIS AÑOS DORADOS",
                "Adultos mayores beneficiados con servicios en Centros de Atención Permanente.",
                GoalLevel.SubProduct,
                150,
                60,
                40.00m,
                333),
            goals.Rows[14]);
        AssertTotals(
            goals.Totals,
            "TOTAL PERSONAS BENEFICIADAS",
            334,
            ("AnnualTarget", 78_933m),
            ("AccumulatedExecution", 35_514m),
            ("ExecutionRate", 44.99m));
        Assert.Equal("Fuente: SICOIN, reporte generado el 26/04/2021.", goals.Source.Note);
        Assert.Equal(new DateOnly(2021, 4, 26), goals.Source.Date);
        Assert.Equal(("EJECUCIÓN DE METAS FÍSICAS DE PRODUCTOS Y SUBPRODUCTOS", 314, 334), (goals.Source.Section, goals.Source.FirstLine, goals.Source.LastLine));
    }

    [Fact]
    public void Shelters_ThreeShelters_DatesReadDayMonthYear()
    {
        var shelters = Report.Shelters;

        Assert.Equal(
            [
                new ShelterRow(1, "Barrio el Gallito Zona 3", new DateOnly(2020, 11, 9), new DateOnly(2021, 3, 29), 1_706, 357),
                new ShelterRow(1, "Hipódromo del Norte Zona 2", new DateOnly(2020, 11, 9), new DateOnly(2021, 3, 29), 1_751, 358),
                new ShelterRow(1, "Polideportivo Santo Domingo Zona 1 de Mixco", new DateOnly(2020, 11, 9), new DateOnly(2021, 3, 29), 3_487, 359),
            ],
            shelters.Rows);
        AssertTotals(shelters.Totals, "TOTAL DE PERSONAS ATENDIDAS", 360, ("PeopleServed", 6_944m));
        Assert.Equal("GESTIÓN DE RIESGOS", shelters.Source.Section);
        Assert.StartsWith("En el primer cuatrimestre, se han administrado albergues", shelters.Source.Table, StringComparison.Ordinal);

        // The report prints no "Fuente" line under this table.
        Assert.Null(shelters.Source.Note);
        Assert.Null(shelters.Source.Date);
    }

    internal static void AssertTotals(ReportedTotalsRow? totals, string label, int line, params (string Key, decimal? Value)[] expected)
    {
        Assert.NotNull(totals);
        Assert.Equal(label, totals.Label);
        Assert.Equal(line, totals.Line);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value), totals.Values);
    }
}

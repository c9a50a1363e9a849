namespace OpenData.Api.Seeding.Reading;

/// <summary>The tables of a SOSEP term report, as printed in Rendición de Cuentas 2021, term 1.</summary>
internal static class Layouts
{
    public static readonly TableLayout Budget = new(
        "Ejecución Presupuestaria",
        "Ejecución Financiera por Grupo de Gasto",
        "Ejecución Presupuestaria desagregada por programas",
        [["ACTIVIDAD PRESUPUESTARIA", "ASIGNADO", "VIGENTE", "EJECUTADO", "% DE EJECUCIÓN"]],
        [Text("Activity"), Money("Approved"), Money("Current"), Money("Executed"), Rate("ExecutionRate")],
        "TOTALES");

    public static readonly TableLayout CommunityHomes = new(
        "Hogares Comunitarios",
        "HOGARES COMUNITARIOS",
        "Niños atendidos y Centros de Atención en funcionamiento",
        [["DEPARTAMENTO", "MUNICIPIOS CON PRESENCIA", "HOGARES COMUNITARIOS", "CADIS", "NIÑOS BENEFICIARIOS"]],
        [Text("Department"), Count("Municipalities"), Count("CommunityHomes"), Count("ChildCareCentres"), Count("Children")],
        "TOTALES");

    public static readonly TableLayout SocialService = new(
        "Servicio Social",
        "SERVICIO SOCIAL",
        "Personas beneficiadas con dotaciones",
        [
            ["DEPARTAMENTO", "GÉNERO", "", "", "PUEBLO", "", "", "TOTAL DOTACIONES"],
            ["", "HOMBRE", "MUJER", "TOTAL GÉNERO", "LADINO / MESTIZO", "MAYA", "TOTAL PUEBLO", ""],
        ],
        [
            Text("Department"), Count("Men"), Count("Women"), Count("GenderTotal"), Count("LadinoMestizo"), Count("Maya"),
            Count("PeopleTotal"), Count("ProvisionsTotal"),
        ],
        "TOTALES");

    public static readonly TableLayout WomenProgram = new(
        "MCSM",
        "MEJORAMIENTO DE LAS CONDICIONES SOCIOECONÓMICAS DE LA MUJER",
        "Mujeres beneficiadas desagregadas a nivel departamental",
        [[
            "DEPARTAMENTO", "MUNICIPIOS", "MUJERES BENEFICIARIAS", "UNIDADES PRODUCTIVAS ORGANIZADAS", "EVENTOS DE FORMACIÓN",
            "EVENTOS DE COMERCIALIZACIÓN",
        ]],
        [
            Text("Department"), Count("Municipalities"), Count("Women"), Count("ProductiveUnits"), Count("TrainingEvents"),
            Count("CommercialEvents"),
        ],
        "TOTALES");

    public static readonly TableLayout OlderPeople = new(
        "Mis Años Dorados",
        "MIS AÑOS DORADOS",
        "Personas Adultas mayores atendidas y Centros de Atención en funcionamiento",
        [
            [
                "DEPARTAMENTO", "CENTROS DE ATENCIÓN", "GÉNERO", "", "", "PUEBLO", "", "", "", "ATENCIÓNES INTEGRALES",
                "EVENTOS REDUCCIÓN BRECHA GENERACIONAL",
            ],
            ["", "", "HOMBRES", "MUJERES", "TOTAL GÉNERO", "GARÍFUNA", "LADINO / MESTIZO", "MAYA", "TOTAL PUEBLO", "", ""],
        ],
        [
            Text("Department"), Count("CareCentres"), Count("Men"), Count("Women"), Count("GenderTotal"), Count("Garifuna"),
            Count("LadinoMestizo"), Count("Maya"), Count("PeopleTotal"), Count("IntegralCareServices"), Count("GenerationGapEvents"),
        ],
        "TOTALES");

    public static readonly TableLayout Goals = new(
        "Metas Físicas",
        "EJECUCIÓN DE METAS FÍSICAS DE PRODUCTOS Y SUBPRODUCTOS",
        "Resumen de ejecución de metas físicas desagregado por productos y subproductos",
        [["CONCEPTO", "META TERMINAL", "EJECUCIÓN ACUMULADA", "% DE EJECUCIÓN"]],
        [Text("Concept"), Count("AnnualTarget"), Count("AccumulatedExecution"), Rate("ExecutionRate")],
        "TOTAL PERSONAS BENEFICIADAS");

    // The shelters table has no caption of its own; the sentence introducing it stands in for one.
    // Nor does the report print a "Fuente" line under it.
    public static readonly TableLayout Shelters = new(
        "Albergues",
        "GESTIÓN DE RIESGOS",
        "se han administrado albergues",
        [["ALBERGUES", "UBICACIÓN", "FECHA DE COBERTURA", "PERSONAS BENEFICIADAS"]],
        [Count("Shelters"), Text("Location"), new("Coverage", CellKind.DateRange), Count("PeopleServed")],
        "TOTAL DE PERSONAS ATENDIDAS",
        SourceRequired: false);

    private static Column Text(string key) => new(key, CellKind.Text);

    private static Column Count(string key) => new(key, CellKind.Count);

    private static Column Money(string key) => new(key, CellKind.Money);

    private static Column Rate(string key) => new(key, CellKind.Rate);
}

namespace OpenData.Api.Features.Departments;

/// <summary>The 22 departments with the national statistics institute (INE) codes other datasets join on.</summary>
public static class Departments
{
    public static IReadOnlyList<Department> All { get; } =
    [
        New("01", "Guatemala"), New("02", "El Progreso"), New("03", "Sacatepéquez"), New("04", "Chimaltenango"),
        New("05", "Escuintla"), New("06", "Santa Rosa"), New("07", "Sololá"), New("08", "Totonicapán"),
        New("09", "Quetzaltenango"), New("10", "Suchitepéquez"), New("11", "Retalhuleu"), New("12", "San Marcos"),
        New("13", "Huehuetenango"), New("14", "Quiché"), New("15", "Baja Verapaz"), New("16", "Alta Verapaz"),
        New("17", "Petén"), New("18", "Izabal"), New("19", "Zacapa"), New("20", "Chiquimula"),
        New("21", "Jalapa"), New("22", "Jutiapa"),
    ];

    private static Department New(string code, string name) =>
        new() { Id = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), Code = code, Name = name };
}

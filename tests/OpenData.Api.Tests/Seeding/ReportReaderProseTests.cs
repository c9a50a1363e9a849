using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Seeding;

/// <summary>The programmes' prose sections: description, bulleted lists and achievements.</summary>
public sealed class ReportReaderProseTests
{
    private static IReadOnlyList<ProgramSection> Programs => SeedReport.Parsed.Programs;

    [Fact]
    public void Programs_FourCapitalHeadings_InReportOrder()
    {
        Assert.Equal(
            [("HOGARES COMUNITARIOS", 73), ("SERVICIO SOCIAL", 137), ("MEJORAMIENTO DE LAS CONDICIONES SOCIOECONÓMICAS DE LA MUJER", 187), ("MIS AÑOS DORADOS", 250)],
            Programs.Select(p => (p.Heading, p.Line)));
    }

    [Fact]
    public void CommunityHomes_ListsAndAchievements_AsPrinted()
    {
        var homes = Programs[0];

        Assert.StartsWith("El Programa Hogares Comunitarios beneficia a niños y niñas de 0 a 7 años", homes.Description, StringComparison.Ordinal);
        Assert.Equal(["Hogares Comunitarios", "Centro de Atención y Desarrollo Infantil -CADI-"], homes.Modalities);
        Assert.Equal(
            ["Alimentación complementaria", "Educación inicial y preprimaria", "Salud preventiva:", "Seguridad:", "Recreación:", "Formación de valores"],
            homes.GoodsAndServices);
        Assert.Equal([127, 129, 131, 133], homes.Achievements.Select(a => a.Line));
        Assert.StartsWith("Cumplir con dotar de alimentación complementaria, a 13,756 niños", homes.Achievements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SocialService_NoModalities_EmptyList()
    {
        var social = Programs[1];

        Assert.Empty(social.Modalities);
        Assert.Equal(
            ["Dotación de aparatos ortopédicos, tratamientos médicos y otros servicios sociales", "Atención a Unidades Familiares Migrantes Retornados."],
            social.GoodsAndServices);
        Assert.Equal(
            new Paragraph("168 Unidades Familiares Migrantes Guatemaltecas Retornadas con atención psicosocial.", 181), social.Achievements[1]);
        Assert.Equal(3, social.Achievements.Count);
    }

    [Fact]
    public void WomenProgram_TwoDescriptionParagraphs_JoinedByBlankLine()
    {
        var women = Programs[2];

        Assert.Equal(2, women.Description.Split("\n\n").Length);
        Assert.EndsWith("gestión de financiamiento y comercialización de los productos.", women.Description, StringComparison.Ordinal);
        Assert.Equal(5, women.GoodsAndServices.Count);
        Assert.Equal("Asistencia técnica para la gestión de microcréditos.", women.GoodsAndServices[4]);
        Assert.Equal([240, 242, 244, 246], women.Achievements.Select(a => a.Line));
    }

    [Fact]
    public void OlderPeople_AchievementsStopAtNextSection()
    {
        var older = Programs[3];

        Assert.StartsWith("El Programa Nacional del Adulto Mayor “Mis Años Dorados”", older.Description, StringComparison.Ordinal);
        Assert.Equal(["Centros de Atención Diurna", "Centros de Atención Permanente"], older.Modalities);
        Assert.Equal(
            ["Alimentación", "Terapia Física", "Atención primaria en salud", "Apoyo Psicológico", "Terapia Ocupacional", "Alfabetización"],
            older.GoodsAndServices);
        Assert.Equal([304, 306], older.Achievements.Select(a => a.Line));
    }
}

using System.Text;
using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Seeding;

/// <summary>Variants of the real report, each broken in one place, must fail at that table and line.</summary>
public sealed class ReportReaderErrorTests
{
    [Theory]
    [InlineData(98, "Chimaltenango\t12\t10\t37\t1,0x9", "Hogares Comunitarios", 98, "\"1,0x9\"")]
    [InlineData(98, "Chimaltenango\t12\t10\t37\t1,0,09", "Hogares Comunitarios", 98, "column \"NIÑOS BENEFICIARIOS\"")]
    [InlineData(97, "Baja Verapaz\t6\t2\t20", "Hogares Comunitarios", 97, "expected 5 cells but found 4")]
    [InlineData(44, "Dirección y Coordinación\tQ32,595,100.0\tQ33,038,461.00\tQ7,674,675.24\t23.23", "Ejecución Presupuestaria", 44, "ASIGNADO")]
    [InlineData(119, "", "Hogares Comunitarios", 121, "\"TOTALES\" row")]
    [InlineData(360, "", "Albergues", 364, "\"TOTAL DE PERSONAS ATENDIDAS\" row")]
    [InlineData(171, "", "Servicio Social", 175, "\"Fuente\" line")]
    [InlineData(171, "Fuente: Dirección de Servicio Social con fecha 31/02/2021.", "Servicio Social", 171, "dd/MM/yyyy")]
    [InlineData(207, "DEPARTAMENTO\tMUNICIPIOS\tMUJERES BENEFICIARIAS\tUNIDADES PRODUCTIVAS ORGANIZADAS\tEVENTOS DE CAPACITACIÓN\tEVENTOS DE COMERCIALIZACIÓN", "MCSM", 207, "expected the header")]
    [InlineData(274, "\t\tHOMBRES\tMUJERES\tTOTAL GÉNERO\tGARIFUNA\tLADINO / MESTIZO\tMAYA\tTOTAL PUEBLO\t\t", "Mis Años Dorados", 274, "expected the header")]
    [InlineData(357, "1\tBarrio el Gallito Zona 3\t9-13-2020 al 29-03-2021\t1,706", "Albergues", 357, "date range")]
    [InlineData(312, "", "Metas Físicas", 311, "caption")]
    [InlineData(354, "", "Albergues", 351, "caption")]
    [InlineData(310, "", "Mis Años Dorados", 314, "table row")]
    [InlineData(255, "Modalidades", "Mis Años Dorados", 257, "expected the description")]
    [InlineData(5, "CUARTO CUATRIMESTRE 2021", "Título", 5, "CUATRIMESTRE")]
    [InlineData(3, "INFORME DE LABORES", "Título", 3, "RENDICIÓN DE CUENTAS")]
    public void Parse_OneLineBroken_FailsAtThatTableAndLine(int line, string replacement, string table, int errorLine, string messagePart)
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(Replace(line, replacement)));

        Assert.Equal((table, errorLine), (ex.Table, ex.Line));
        Assert.StartsWith($"Table \"{table}\", line {errorLine}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongCellCount_MessageNamesTableAndLine()
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(Replace(97, "Baja Verapaz\t6\t2\t20")));

        Assert.Equal("Table \"Hogares Comunitarios\", line 97: expected 5 cells but found 4", ex.Message);
    }

    [Theory]
    [InlineData(225, "MCSM", 225, "the text ends before the \"TOTALES\" row")]
    [InlineData(120, "Hogares Comunitarios", 120, "the text ends before the table's \"Fuente\" line")]
    [InlineData(5, "Ejecución Presupuestaria", 6, "not found")]
    [InlineData(3, "Título", 3, "the text ends before the term line")]
    [InlineData(0, "Título", 1, "the text is empty")]
    public void Parse_TextCutShort_FailsWhereItEnds(int lastLine, string table, int errorLine, string messagePart)
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(string.Join('\n', Lines().Take(lastLine))));

        Assert.Equal((table, errorLine), (ex.Table, ex.Line));
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(152, 153, "Servicio Social", 152, "expected the header")]
    [InlineData(168, 169, "Servicio Social", 169, "\"Fuente\" line")]
    [InlineData(310, 338, "Metas Físicas", 339, "caption")]
    public void Parse_TwoLinesSwapped_FailsAtTheFirstOutOfPlace(int first, int second, string table, int errorLine, string messagePart)
    {
        var lines = Lines();
        (lines[first - 1], lines[second - 1]) = (lines[second - 1], lines[first - 1]);

        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(string.Join('\n', lines)));

        Assert.Equal((table, errorLine), (ex.Table, ex.Line));
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Latin1Bytes_FailsAsNotUtf8AtTheFirstAccent()
    {
        var latin1 = Encoding.Latin1.GetBytes(SeedReport.Text);

        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(latin1));

        Assert.Equal(("Texto", 3), (ex.Table, ex.Line));
    }

    private static string[] Lines() => SeedReport.Text.Split('\n');

    private static string Replace(int line, string text)
    {
        var lines = Lines();
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }
}

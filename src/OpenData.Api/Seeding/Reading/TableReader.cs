using OpenData.Api.Features.Common;

namespace OpenData.Api.Seeding.Reading;

/// <summary>A table as read: its rows still as cells, its printed totals, and the last line it used.</summary>
internal sealed record RawTable(SourceRef Source, IReadOnlyList<TableRow> Rows, ReportedTotalsRow Totals, int EndLine);

/// <summary>Finds a table by its section and caption, checks its header and reads it down to its totals and "Fuente" line.</summary>
internal static class TableReader
{
    public static RawTable Read(ReportLines lines, TableLayout layout, int from)
    {
        var section = lines.FindExact(layout.Section, from, layout.Name);
        var caption = lines.Find(
            line => line.Contains(layout.Caption, StringComparison.Ordinal), section + 1, layout.Name, $"caption \"{layout.Caption}…\"");

        var n = caption;
        var firstLine = 0;
        foreach (var expected in layout.Header)
        {
            n = lines.Next(n, layout.Name, "the header");
            firstLine = firstLine == 0 ? n : firstLine;
            var found = Split(lines[n]);
            if (!found.SequenceEqual(expected, StringComparer.Ordinal))
            {
                throw new ReportFormatException(
                    layout.Name, n, $"expected the header \"{string.Join(" | ", expected)}\" but found \"{string.Join(" | ", found)}\"");
            }
        }

        var rows = new List<TableRow>();
        while (true)
        {
            // Blank lines between rows are page breaks, not the end of the table.
            n = lines.Next(n, layout.Name, $"the \"{layout.TotalsLabel}\" row");
            var row = ReadRow(lines, layout, n);
            if (string.Equals(row.Label, layout.TotalsLabel, StringComparison.Ordinal))
            {
                var (note, date, end) = ReadSource(lines, layout, n);
                var source = new SourceRef(layout.Section, lines[caption].Trim(), note, date, firstLine, n);
                return new RawTable(source, rows, Totals(layout, row), end);
            }

            rows.Add(row);
        }
    }

    private static TableRow ReadRow(ReportLines lines, TableLayout layout, int n)
    {
        var cells = Split(lines[n]);
        if (cells.Length == 1)
        {
            throw new ReportFormatException(
                layout.Name, n, $"expected a row or the \"{layout.TotalsLabel}\" row but found \"{Shorten(lines[n])}\"");
        }

        if (cells.Length != layout.Columns.Count)
        {
            throw new ReportFormatException(layout.Name, n, $"expected {layout.Columns.Count} cells but found {cells.Length}");
        }

        return new TableRow(layout, cells, n);
    }

    private static ReportedTotalsRow Totals(TableLayout layout, TableRow row)
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, FigureKind>(StringComparer.Ordinal);
        for (var column = 1; column < layout.Columns.Count; column++)
        {
            if (layout.Columns[column].Kind switch { CellKind.Count => FigureKind.Count, CellKind.Money => FigureKind.Amount, CellKind.Rate => FigureKind.Rate, _ => (FigureKind?)null } is { } kind)
            {
                values[layout.Columns[column].Key] = row.Number(column);
                kinds[layout.Columns[column].Key] = kind;
            }
        }

        return new ReportedTotalsRow(row.Label, values, kinds, row.Line);
    }

    private static (string? Note, DateOnly? Date, int End) ReadSource(ReportLines lines, TableLayout layout, int totalsLine)
    {
        var n = lines.NextNonBlank(totalsLine);
        if (n != 0 && lines[n].StartsWith("Fuente", StringComparison.Ordinal))
        {
            var note = lines[n].Trim();
            return Cells.TryFindDate(note, out var date)
                ? (note, date, n)
                : throw new ReportFormatException(layout.Name, n, $"the date in \"{note}\" is not a valid dd/MM/yyyy date");
        }

        if (!layout.SourceRequired)
        {
            return (null, null, totalsLine);
        }

        throw n == 0
            ? new ReportFormatException(layout.Name, lines.Last, "the text ends before the table's \"Fuente\" line")
            : new ReportFormatException(layout.Name, n, $"expected the table's \"Fuente\" line but found \"{Shorten(lines[n])}\"");
    }

    private static string[] Split(string line) => line.Split('\t').Select(cell => cell.Trim()).ToArray();

    private static string Shorten(string line) => line.Length <= 60 ? line.Trim() : string.Concat(line.AsSpan(0, 60).Trim(), "…");
}

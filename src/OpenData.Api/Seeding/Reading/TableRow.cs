namespace OpenData.Api.Seeding.Reading;

/// <summary>One line of a table, split into trimmed cells, with typed reads that fail with the table and line.</summary>
internal sealed class TableRow(TableLayout layout, string[] cells, int line)
{
    public int Line => line;

    public string Label => cells[0];

    public bool IsBlank(int column) => cells[column].Length == 0;

    public string Text(int column) => IsBlank(column) ? throw Fail(column, "is blank") : cells[column];

    public int? Count(int column) =>
        IsBlank(column) ? null : Cells.TryCount(cells[column], out var value) ? value : throw NotA(column, "whole number");

    public int RequiredCount(int column) => Count(column) ?? throw Fail(column, "is blank");

    public decimal? Money(int column) =>
        IsBlank(column) ? null : Cells.TryMoney(cells[column], out var value) ? value : throw NotA(column, "quetzal amount");

    public decimal RequiredMoney(int column) => Money(column) ?? throw Fail(column, "is blank");

    public decimal? Rate(int column) =>
        IsBlank(column) ? null : Cells.TryRate(cells[column], out var value) ? value : throw NotA(column, "percentage");

    public decimal RequiredRate(int column) => Rate(column) ?? throw Fail(column, "is blank");

    public (DateOnly Start, DateOnly End) DateRange(int column) =>
        Cells.TryDateRange(Text(column), out var start, out var end) ? (start, end) : throw NotA(column, "date range (d-M-yyyy al d-M-yyyy)");

    /// <summary>A numeric cell as the totals row holds it: blank is null.</summary>
    public decimal? Number(int column) => layout.Columns[column].Kind switch
    {
        CellKind.Count => Count(column),
        CellKind.Money => Money(column),
        CellKind.Rate => Rate(column),
        _ => throw new InvalidOperationException($"Column {column} of {layout.Name} is not numeric."),
    };

    private ReportFormatException NotA(int column, string what) => Fail(column, $"\"{cells[column]}\" is not a {what}");

    private ReportFormatException Fail(int column, string problem) =>
        new(layout.Name, line, $"column \"{layout.Title(column)}\" {problem}");
}

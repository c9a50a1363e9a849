namespace OpenData.Api.Seeding.Reading;

/// <summary>A column of a table: the row record's property it fills and how its cells are printed.</summary>
internal sealed record Column(string Key, CellKind Kind);

/// <summary>
/// What a table looks like in the report. Tables are found by their section heading and caption
/// and then must have exactly this header, so a report that changed shape fails loudly.
/// </summary>
/// <param name="Name">The table's name in error messages.</param>
/// <param name="Section">The heading line the table sits under, exactly as printed.</param>
/// <param name="Caption">Text the caption line contains; it leaves out the period ("enero-abril de 2021"), which changes every term.</param>
/// <param name="Header">The header lines' cells, exactly as printed; a header may take two lines.</param>
/// <param name="Columns">One per cell of a row; the first holds the row's label.</param>
/// <param name="TotalsLabel">The label of the totals row that ends the table.</param>
/// <param name="SourceRequired">Whether a "Fuente" line must follow the table.</param>
internal sealed record TableLayout(
    string Name,
    string Section,
    string Caption,
    IReadOnlyList<string[]> Header,
    IReadOnlyList<Column> Columns,
    string TotalsLabel,
    bool SourceRequired = true)
{
    /// <summary>The column's name in the report, for error messages: its lowest non-blank header cell.</summary>
    public string Title(int column) =>
        Header.Select(cells => column < cells.Length ? cells[column] : string.Empty)
            .LastOrDefault(cell => cell.Length > 0) ?? Columns[column].Key;
}

namespace OpenData.Api.Seeding.Reading;

/// <summary>
/// Gives each row of the physical goals table its directorate and level. A directorate is a
/// heading row in capitals with blank figures; under it the first row is the product and the
/// rest are its sub-products. The first group ("Dirección y Coordinación") has no heading row,
/// so its product's own name stands for the directorate.
/// </summary>
internal static class GoalsReader
{
    public static TableOf<GoalRow> Map(RawTable table)
    {
        var rows = new List<GoalRow>();
        string? directorate = null;
        var nextIsProduct = true;
        foreach (var row in table.Rows)
        {
            var concept = row.Text(0);
            if (row.IsBlank(1) && row.IsBlank(2) && row.IsBlank(3) && !concept.Any(char.IsLower))
            {
                directorate = concept;
                nextIsProduct = true;
                continue;
            }

            directorate ??= concept;
            var level = nextIsProduct ? GoalLevel.Product : GoalLevel.SubProduct;
            nextIsProduct = false;
            rows.Add(new GoalRow(directorate, concept, level, row.Count(1), row.Count(2), row.Rate(3), row.Line));
        }

        return new TableOf<GoalRow>(table.Source, rows, table.Totals);
    }
}

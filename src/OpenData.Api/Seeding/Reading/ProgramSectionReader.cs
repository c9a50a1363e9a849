namespace OpenData.Api.Seeding.Reading;

internal sealed record ProgramRead(ProgramSection Section, RawTable Table, int EndLine);

/// <summary>
/// Reads one programme's section: its description, its bulleted lists, its table and the
/// paragraphs under its "LOGROS INSTITUCIONALES", which run to the next heading.
/// </summary>
internal static class ProgramSectionReader
{
    private const string ModalitiesHeading = "Modalidades de atención";
    private const string GoodsHeading = "Bienes y/o servicios que entrega a la población beneficiaria";
    private const string AchievementsHeading = "LOGROS INSTITUCIONALES";

    public static ProgramRead Read(ReportLines lines, TableLayout layout, int from)
    {
        var heading = lines.FindExact(layout.Section, from, layout.Name);
        var description = new List<string>();
        var n = lines.Next(heading, layout.Name, $"\"{GoodsHeading}\"");
        while (!IsLine(lines, n, ModalitiesHeading) && !IsLine(lines, n, GoodsHeading))
        {
            // A list item or a table row here means a list heading is missing or misspelt.
            if (lines.IsHeading(n) || lines[n].Contains('\t', StringComparison.Ordinal) || lines[n].StartsWith("- ", StringComparison.Ordinal))
            {
                throw new ReportFormatException(layout.Name, n, $"expected the description or \"{GoodsHeading}\" but found \"{lines[n].Trim()}\"");
            }

            description.Add(lines[n].Trim());
            n = lines.Next(n, layout.Name, $"\"{GoodsHeading}\"");
        }

        if (description.Count == 0)
        {
            throw new ReportFormatException(layout.Name, n, "the section has no description before its lists");
        }

        IReadOnlyList<string> modalities = [];
        if (IsLine(lines, n, ModalitiesHeading))
        {
            (modalities, n) = ReadBullets(lines, layout, n);
            n = lines.Next(n, layout.Name, $"\"{GoodsHeading}\"");
            if (!IsLine(lines, n, GoodsHeading))
            {
                throw new ReportFormatException(layout.Name, n, $"expected \"{GoodsHeading}\" but found \"{lines[n].Trim()}\"");
            }
        }

        var (goods, _) = ReadBullets(lines, layout, n);
        var table = TableReader.Read(lines, layout, heading);
        var (achievements, end) = ReadAchievements(lines, layout, table.EndLine);
        var section = new ProgramSection(layout.Section, string.Join("\n\n", description), modalities, goods, achievements, heading);
        return new ProgramRead(section, table, end);
    }

    private static (IReadOnlyList<string> Bullets, int LastLine) ReadBullets(ReportLines lines, TableLayout layout, int listHeading)
    {
        var bullets = new List<string>();
        var n = listHeading;
        for (var next = lines.NextNonBlank(n); next != 0 && lines[next].StartsWith("- ", StringComparison.Ordinal); next = lines.NextNonBlank(n))
        {
            bullets.Add(lines[next][2..].Trim());
            n = next;
        }

        return bullets.Count > 0
            ? (bullets, n)
            : throw new ReportFormatException(layout.Name, listHeading, $"\"{lines[listHeading].Trim()}\" has no \"- \" items under it");
    }

    private static (IReadOnlyList<Paragraph> Paragraphs, int LastLine) ReadAchievements(ReportLines lines, TableLayout layout, int tableEnd)
    {
        var n = lines.Next(tableEnd, layout.Name, $"\"{AchievementsHeading}\"");
        if (!IsLine(lines, n, AchievementsHeading))
        {
            throw new ReportFormatException(layout.Name, n, $"expected \"{AchievementsHeading}\" after the table but found \"{lines[n].Trim()}\"");
        }

        var paragraphs = new List<Paragraph>();
        var last = n;
        for (var next = lines.NextNonBlank(n); next != 0 && !lines.IsHeading(next); next = lines.NextNonBlank(next))
        {
            // A table row here means the next section's heading is missing: stop rather than take its table as prose.
            if (lines[next].Contains('\t', StringComparison.Ordinal))
            {
                throw new ReportFormatException(layout.Name, next, "expected an achievement paragraph or the next heading but found a table row");
            }

            paragraphs.Add(new Paragraph(lines[next].Trim(), next));
            last = next;
        }

        return paragraphs.Count > 0
            ? (paragraphs, last)
            : throw new ReportFormatException(layout.Name, n, $"\"{AchievementsHeading}\" has no paragraphs under it");
    }

    private static bool IsLine(ReportLines lines, int n, string text) => string.Equals(lines[n].Trim(), text, StringComparison.Ordinal);
}

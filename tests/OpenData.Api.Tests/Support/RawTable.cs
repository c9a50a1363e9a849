using System.Globalization;

namespace OpenData.Api.Tests.Support;

/// <summary>
/// A deliberately naive second reading of a report table for the tests: the tab-separated lines between a
/// header line and the totals line, cells cleaned of "Q" and thousands commas, blank cells null. It shares
/// no code with the report reader, so served values are checked against the text itself.
/// </summary>
public static class RawTable
{
    public static IReadOnlyList<string[]> Rows(string headerStart, string totalsStart)
    {
        var lines = SeedReport.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith(headerStart, StringComparison.Ordinal));
        Assert.True(header >= 0, $"No header line starting \"{headerStart}\".");
        var rows = new List<string[]>();
        for (var i = header + 1; !lines[i].StartsWith(totalsStart, StringComparison.Ordinal); i++)
        {
            if (lines[i].Length > 0 && !lines[i].StartsWith('\t') && lines[i].Contains('\t', StringComparison.Ordinal))
            {
                rows.Add(lines[i].Split('\t'));
            }
        }

        return rows;
    }

    public static decimal? Number(string cell)
    {
        var clean = cell.Replace("Q", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        return clean.Length == 0 ? null : decimal.Parse(clean, CultureInfo.InvariantCulture);
    }
}

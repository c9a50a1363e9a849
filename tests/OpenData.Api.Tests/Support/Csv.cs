using System.Text;

namespace OpenData.Api.Tests.Support;

/// <summary>A strict RFC 4180 reader for the tests: CRLF line ends, quotes doubled inside quoted cells.</summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.True(c is not ('\r' or '\n' or '"'), $"Character {(int)c} at {i} is outside a quoted cell.");
                cell.Append(c);
            }
        }

        Assert.True(!quoted && cell.Length == 0 && row.Count == 0, "The CSV does not end with CRLF after its last row.");
        return rows;
    }
}

using System.Globalization;
using System.Text;

namespace OpenData.Api.Exports;

/// <summary>How a cell is written in CSV (RFC 4180): blanks empty, numbers and dates invariant, text quoted where it must be.</summary>
internal static class CellText
{
    public static void Append(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                AppendText(line, text);
                return;
            case bool flag:
                line.Append(flag ? "true" : "false");
                return;
            case DateOnly date:
                line.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case IFormattable number:
                line.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                AppendText(line, value.ToString() ?? "");
                return;
        }
    }

    private static void AppendText(StringBuilder line, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"');
        foreach (var c in text)
        {
            line.Append(c == '"' ? "\"\"" : c);
        }

        line.Append('"');
    }
}

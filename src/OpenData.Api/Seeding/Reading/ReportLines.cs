namespace OpenData.Api.Seeding.Reading;

/// <summary>The report text as 1-based lines, with the searches every reader needs.</summary>
internal sealed class ReportLines
{
    private readonly string[] _lines;

    public ReportLines(string text)
    {
        // A BOM or Windows line endings must not change what a cell holds.
        _lines = text.TrimStart('\uFEFF').Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
    }

    /// <summary>The number of the last line.</summary>
    public int Last => _lines.Length;

    public string this[int lineNumber] => _lines[lineNumber - 1];

    public bool IsBlank(int lineNumber) => string.IsNullOrWhiteSpace(this[lineNumber]);

    /// <summary>
    /// A heading is a line in capitals ("LOGROS INSTITUCIONALES"); prose and table rows always
    /// hold a lower-case letter somewhere.
    /// </summary>
    public bool IsHeading(int lineNumber)
    {
        var line = this[lineNumber];
        return !line.Contains('\t', StringComparison.Ordinal)
            && line.Any(char.IsLetter)
            && !line.Any(char.IsLower);
    }

    /// <summary>The first line at or after <paramref name="from"/> whose trimmed text is exactly <paramref name="text"/>.</summary>
    public int FindExact(string text, int from, string table) =>
        Find(line => string.Equals(line.Trim(), text, StringComparison.Ordinal), from, table, $"\"{text}\"");

    public int Find(Func<string, bool> match, int from, string table, string what)
    {
        for (var n = from; n <= Last; n++)
        {
            if (match(this[n]))
            {
                return n;
            }
        }

        throw new ReportFormatException(table, from, $"{what} not found from this line to the end of the text");
    }

    /// <summary>The next non-blank line after <paramref name="lineNumber"/>, or 0 at the end of the text.</summary>
    public int NextNonBlank(int lineNumber)
    {
        for (var n = lineNumber + 1; n <= Last; n++)
        {
            if (!IsBlank(n))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>The next non-blank line after <paramref name="lineNumber"/>; the text ending first means it was cut short.</summary>
    public int Next(int lineNumber, string table, string what)
    {
        var next = NextNonBlank(lineNumber);
        return next != 0 ? next : throw new ReportFormatException(table, Last, $"the text ends before {what}");
    }
}

using OpenData.Api.Features.Provenance;

namespace OpenData.Api.Seeding;

/// <summary>Finds where quoted text sits in the report, so prose records get a line and a source like table rows do.</summary>
public sealed class ReportSources(string text, ReportDocument document)
{
    public Source ForTable(SourceRef reference) => new()
    {
        Document = document,
        DocumentId = 0,
        Section = reference.Section,
        Table = reference.Table,
        Note = reference.Note,
        Date = reference.Date,
        FirstLine = reference.FirstLine,
        LastLine = reference.LastLine,
    };

    public Source ForProse(string section, string block, int firstLine, int lastLine) => new()
    {
        Document = document,
        DocumentId = 0,
        Section = section,
        Table = block,
        FirstLine = firstLine,
        LastLine = lastLine,
    };

    /// <summary>The 1-based line a verbatim quote starts on; the curated file is checked against the report, so it is there.</summary>
    public int LineOf(string quote)
    {
        var index = text.IndexOf(quote, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ReportFormatException("Curated", 0, $"the quote \"{quote}\" is not in the report");
        }

        return 1 + text.AsSpan(0, index).Count('\n');
    }
}

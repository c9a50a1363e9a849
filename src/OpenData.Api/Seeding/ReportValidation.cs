using OpenData.Api.Features.Departments;

namespace OpenData.Api.Seeding;

/// <summary>
/// Checks a read report and its curated file against each other before anything is written, so a bad pair is
/// refused whole with the table and line to look at, instead of failing halfway through a load.
/// </summary>
public static class ReportValidation
{
    private const string Curated = "Curated";

    /// <exception cref="ReportFormatException">The first problem found.</exception>
    public static void Validate(ParsedReport report, CuratedReport curated, string text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(text);
        CheckDepartments(report.CommunityHomes.Source, report.CommunityHomes.Rows.Select(r => (r.Department, r.Line)));
        CheckDepartments(report.SocialService.Source, report.SocialService.Rows.Select(r => (r.Department, r.Line)));
        CheckDepartments(report.WomenProgram.Source, report.WomenProgram.Rows.Select(r => (r.Department, r.Line)));
        CheckDepartments(report.OlderPeople.Source, report.OlderPeople.Rows.Select(r => (r.Department, r.Line)));
        CheckQuotes(curated, text);
        CheckDepartments(report.Shelters.Source, [(curated.ShelterDepartment, LineOf(text, curated.ShelterDepartmentQuote))]);
        CheckPrograms(report, curated);
        CheckPublication(curated.Publication, text);
    }

    private static void CheckPublication(CuratedPublication? publication, string text)
    {
        if (publication?.PublishedAt is { } date && LineOf(text, publication.PublishedAtQuote ?? "") == 0)
        {
            throw new ReportFormatException(Curated, 0, $"the publication date {date:yyyy-MM-dd} needs a quote of the report that prints it, and \"{publication.PublishedAtQuote}\" is not in the report");
        }

        if (publication?.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "https" or "http"))
        {
            throw new ReportFormatException(Curated, 0, $"the publication address \"{url}\" is not an absolute http or https URL");
        }
    }

    private static void CheckDepartments(SourceRef table, IEnumerable<(string Name, int Line)> rows)
    {
        foreach (var (name, line) in rows)
        {
            if (!Departments.All.Any(d => d.Name == name))
            {
                throw new ReportFormatException(table.Table, line, $"\"{name}\" is not one of Guatemala's 22 departments");
            }
        }
    }

    private static void CheckQuotes(CuratedReport curated, string text)
    {
        var quotes = curated.Programs.Select(p => ($"programme \"{p.Code}\"", p.TargetPopulationQuote))
            .Concat(curated.Achievements.Select(a => ($"achievement of \"{a.Program}\"", a.Quote)))
            .Concat(curated.Donations.Select(d => ($"donation by \"{d.Donor}\"", d.Quote)))
            .Append(("shelter department", curated.ShelterDepartmentQuote));
        foreach (var (record, quote) in quotes)
        {
            if (LineOf(text, quote) == 0)
            {
                throw new ReportFormatException(Curated, 0, $"the quote of the {record} is not in the report: \"{quote}\"");
            }
        }
    }

    private static void CheckPrograms(ParsedReport report, CuratedReport curated)
    {
        foreach (var entry in curated.Programs)
        {
            if (!report.Programs.Any(s => s.Heading == entry.Heading))
            {
                throw new ReportFormatException(entry.Heading, 0, $"the curated programme \"{entry.Code}\" has no section with this heading");
            }
        }

        foreach (var table in new[] { report.CommunityHomes.Source, report.SocialService.Source, report.WomenProgram.Source, report.OlderPeople.Source })
        {
            if (!curated.Programs.Any(p => p.Heading == table.Section))
            {
                throw new ReportFormatException(table.Table, table.FirstLine, $"no curated programme has the heading \"{table.Section}\"");
            }
        }

        foreach (var achievement in curated.Achievements.Where(a => !curated.Programs.Any(p => p.Code == a.Program)))
        {
            throw new ReportFormatException(Curated, 0, $"the achievement \"{achievement.Quote}\" names the unknown programme \"{achievement.Program}\"");
        }
    }

    /// <summary>The 1-based line a quote starts on, or 0 when it is not in the text (or is empty).</summary>
    private static int LineOf(string text, string quote)
    {
        var index = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
        return index < 0 ? 0 : 1 + text.AsSpan(0, index).Count('\n');
    }
}

using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Seeding;

namespace OpenData.Api.Features.Integrity;

/// <summary>Every figure of the achievements prose that the curated file says restates a table, beside that table's printed totals.</summary>
internal static class ProseRestatements
{
    public static async Task<List<IntegrityCheck>> ChecksAsync(
        OpenDataDbContext db, int periodId, CuratedReport curated, CancellationToken cancellationToken)
    {
        var achievements = await db.Achievements.AsNoTracking().Include(a => a.Figures)
            .Where(a => a.PeriodId == periodId).ToListAsync(cancellationToken);
        var checks = new List<IntegrityCheck>();
        foreach (var sentence in curated.Achievements)
        {
            var stored = achievements.First(a => a.Quote == sentence.Quote);
            foreach (var figure in sentence.Figures)
            {
                if (figure.Restates is not { } restates)
                {
                    continue;
                }

                // The printed side is the stored figure, so the check is of what is served.
                List<string> texts = [figure.Text, .. restates.Plus ?? []];
                var printed = texts.Sum(text => stored.Figures.SingleOrDefault(f => f.Text == text)?.Value
                    ?? throw new ReportFormatException("Curated", stored.Line, $"\"{text}\" is not a figure of the sentence"));
                var cells = await db.ReportedTotals.AsNoTracking()
                    .Where(t => t.PeriodId == periodId && t.Collection == restates.Collection && restates.Fields.Contains(t.Field))
                    .ToListAsync(cancellationToken);
                if (cells.Count == 0 || cells.Count != restates.Fields.Count)
                {
                    throw new ReportFormatException("Curated", stored.Line, $"\"{figure.Text}\" restates {restates.Collection} {string.Join(", ", restates.Fields)}, which have no printed totals");
                }

                // Each column is a field of its own in the schema, so a sentence can add up two of them, not more;
                // and a sum of a count and an amount would have no printed form.
                if (restates.Fields.Count > 2 || cells.Select(c => c.Kind).Distinct().Count() > 1)
                {
                    throw new ReportFormatException("Curated", stored.Line, $"\"{figure.Text}\" restates {string.Join(", ", restates.Fields)}: a figure restates one column, or two of the same kind added up");
                }

                var computed = cells.Any(c => c.Value is null) ? null : cells.Sum(c => c.Value);
                var about = new CheckedFigure(periodId, stored.SourceId, stored.Line, restates.Collection, restates.Fields[0], cells[0].Kind, string.Join(" + ", texts))
                {
                    AddedField = restates.Fields.Count == 2 ? restates.Fields[1] : null,
                };
                checks.Add(about.Compare(IntegrityCheckKind.ProseEqualsTable, printed, computed, Rule(restates, cells[0].Label, texts)));
            }
        }

        return checks;
    }

    private static string Rule(CuratedRestatement restates, string label, List<string> texts)
    {
        var rule = $"The table's printed {label} of {string.Join(" + ", restates.Fields)} in {restates.Collection}";
        rule += texts.Count > 1 ? $", against the sentence's figures added up ({string.Join(" + ", texts)})." : ".";
        return restates.Reading is { } reading ? $"{rule} {reading}" : rule;
    }
}

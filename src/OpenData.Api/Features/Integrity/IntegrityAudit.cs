using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Seeding;

namespace OpenData.Api.Features.Integrity;

/// <summary>
/// Checks a loaded period against itself: every printed total against its rows, every printed rate against its
/// parts, every prose figure that restates a table against the table. It reads the stored rows, not the parsed
/// report, so what it checks is what is served.
/// </summary>
public static class IntegrityAudit
{
    public static async Task AddChecksAsync(OpenDataDbContext db, int periodId, CuratedReport curated, CancellationToken cancellationToken)
    {
        db.IntegrityChecks.AddRange(await TotalsAsync(db, periodId, cancellationToken));
        db.IntegrityChecks.AddRange(await RowRates.ChecksAsync(db, periodId, cancellationToken));
        db.IntegrityChecks.AddRange(await ProseRestatements.ChecksAsync(db, periodId, curated, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<List<IntegrityCheck>> TotalsAsync(OpenDataDbContext db, int periodId, CancellationToken cancellationToken)
    {
        // A blank totals cell prints nothing to check.
        var totals = await db.ReportedTotals.AsNoTracking().Where(t => t.PeriodId == periodId && t.Value != null)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var checks = new List<IntegrityCheck>();
        foreach (var total in totals)
        {
            var about = new CheckedFigure(periodId, total.SourceId, total.Line, total.Collection, total.Field, total.Kind, total.Label);
            if (RateColumns.Of(total.Collection, total.Field) is { } rates)
            {
                // A rate does not add up: the totals row's rate is the rate of the totals row's own printed parts.
                var part = totals.FirstOrDefault(t => t.Collection == total.Collection && t.Field == rates.Part)?.Value;
                var whole = totals.FirstOrDefault(t => t.Collection == total.Collection && t.Field == rates.Whole)?.Value;
                checks.Add(about.Compare(IntegrityCheckKind.RateEqualsParts, total.Value!.Value, RateColumns.Percentage(part, whole), rates.Rule($"the {total.Label} row, as printed")));
                continue;
            }

            var rows = SummedRows.For(db, periodId, total.Collection);
            var sum = await rows.SumAsync(total.Field, cancellationToken);
            var count = await rows.CountAsync(cancellationToken);
            checks.Add(about.Compare(
                IntegrityCheckKind.TotalEqualsSumOfRows, total.Value!.Value, sum, $"Sum of {total.Field} over the {count} {rows.Description} stored for the term; a blank cell adds nothing."));
        }

        return checks;
    }
}

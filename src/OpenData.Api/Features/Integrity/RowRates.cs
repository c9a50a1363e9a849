using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Integrity;

/// <summary>Every printed rate of a table row beside the rate its own row's figures give.</summary>
internal static class RowRates
{
    public static async Task<List<IntegrityCheck>> ChecksAsync(OpenDataDbContext db, int periodId, CancellationToken cancellationToken)
    {
        var budget = await db.BudgetLines.AsNoTracking().Where(e => e.PeriodId == periodId).OrderBy(e => e.Line)
            .Select(e => new { e.Activity, e.Executed, e.Current, e.ExecutionRate, e.SourceId, e.Line })
            .ToListAsync(cancellationToken);

        // The integer parts are read as they are and widened here: a cast to decimal in SQL would meet the
        // hundredths converter of decimal columns.
        var goals = await db.Goals.AsNoTracking().Where(e => e.PeriodId == periodId && e.ExecutionRate != null).OrderBy(e => e.Line)
            .Select(e => new { e.Concept, e.AccumulatedExecution, e.AnnualTarget, e.ExecutionRate, e.SourceId, e.Line })
            .ToListAsync(cancellationToken);

        var rates = RateColumns.Budget;
        var checks = budget.Select(r => new CheckedFigure(periodId, r.SourceId, r.Line, rates.Collection, rates.Rate, FigureKind.Rate, r.Activity)
            .Compare(IntegrityCheckKind.RateEqualsParts, r.ExecutionRate, RateColumns.Percentage(r.Executed, r.Current), rates.Rule("the row")))
            .ToList();
        rates = RateColumns.Goals;
        checks.AddRange(goals.Select(r => new CheckedFigure(periodId, r.SourceId, r.Line, rates.Collection, rates.Rate, FigureKind.Rate, r.Concept)
            .Compare(IntegrityCheckKind.RateEqualsParts, r.ExecutionRate!.Value, RateColumns.Percentage(r.AccumulatedExecution, r.AnnualTarget), rates.Rule("the row"))));
        return checks;
    }
}

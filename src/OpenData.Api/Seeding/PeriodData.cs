using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Seeding;

/// <summary>Removes everything a period's report put in the database, keeping the period row and shared rows.</summary>
public static class PeriodData
{
    public static async Task DeleteAsync(OpenDataDbContext db, int periodId, CancellationToken cancellationToken)
    {
        await db.IntegrityChecks.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.ReportedTotals.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.BeneficiaryFigures.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.DepartmentSummaries.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.BudgetLines.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.CommunityHomesCoverage.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.SocialServiceCoverage.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.WomenProgramCoverage.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.OlderPeopleCoverage.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.Goals.Where(e => e.PeriodId == periodId && e.ParentId != null).ExecuteDeleteAsync(cancellationToken);
        await db.Goals.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.Shelters.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Features.Donations.DonationItem>().Where(e => db.Donations.Any(d => d.Id == e.DonationId && d.PeriodId == periodId)).ExecuteDeleteAsync(cancellationToken);
        await db.Donations.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Features.Achievements.AchievementFigure>().Where(e => db.Achievements.Any(a => a.Id == e.AchievementId && a.PeriodId == periodId)).ExecuteDeleteAsync(cancellationToken);
        await db.Achievements.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.Programs.Where(p => p.Source!.Document!.PeriodId == periodId).ExecuteUpdateAsync(s => s.SetProperty(p => p.SourceId, (int?)null), cancellationToken);
        await db.Sources.Where(e => e.Document!.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        await db.Documents.Where(e => e.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
    }
}

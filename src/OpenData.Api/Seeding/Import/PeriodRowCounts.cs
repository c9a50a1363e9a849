using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Seeding.Import;

/// <summary>How many rows a period has in each collection read from its report, for the import's summary.</summary>
public static class PeriodRowCounts
{
    public static async Task<IReadOnlyList<(string Collection, int Rows)>> CountAsync(
        OpenDataDbContext db, string periodCode, CancellationToken cancellationToken) =>
    [
        ("budgetLines", await db.BudgetLines.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("communityHomesCoverage", await db.CommunityHomesCoverage.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("socialServiceCoverage", await db.SocialServiceCoverage.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("womenProgramCoverage", await db.WomenProgramCoverage.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("olderPeopleCoverage", await db.OlderPeopleCoverage.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("goals", await db.Goals.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("shelters", await db.Shelters.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("donations", await db.Donations.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("achievements", await db.Achievements.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
        ("reportedTotals", await db.ReportedTotals.CountAsync(e => e.Period!.Code == periodCode, cancellationToken)),
    ];
}

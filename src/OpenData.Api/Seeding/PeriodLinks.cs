using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Api.Data;
using OpenData.Api.Features.Budget;
using OpenData.Api.Features.Common;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Goals;
using OpenData.Api.Features.Periods;

namespace OpenData.Api.Seeding;

/// <summary>
/// Points every row at the row with the same key in the term just before its own, among the loaded terms.
/// Runs after every load, inside the load's transaction, over all terms: loading an earlier term later, or
/// replacing one, changes what the following term's rows point at.
/// </summary>
public static class PeriodLinks
{
    public static async Task RelinkAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        await RelinkAsync<CommunityHomesCoverage>(db, cancellationToken, nameof(CoverageRecord.DepartmentId));
        await RelinkAsync<SocialServiceCoverage>(db, cancellationToken, nameof(CoverageRecord.DepartmentId));
        await RelinkAsync<WomenProgramCoverage>(db, cancellationToken, nameof(CoverageRecord.DepartmentId));
        await RelinkAsync<OlderPeopleCoverage>(db, cancellationToken, nameof(CoverageRecord.DepartmentId));
        await RelinkAsync<BudgetLine>(db, cancellationToken, nameof(BudgetLine.Activity));

        // The level is part of the key because a product and its only sub-product can share directorate and
        // concept ("Dirección y Coordinación" twice).
        await RelinkAsync<Goal>(db, cancellationToken, nameof(Goal.Directorate), nameof(Goal.Concept), nameof(Goal.Level));
    }

    /// <summary>
    /// One UPDATE for the whole table. A row is linked only when its key is unique in both terms: two candidates
    /// would mean guessing, and a wrong "previous" figure is worse than none.
    /// </summary>
    private static Task<int> RelinkAsync<T>(OpenDataDbContext db, CancellationToken cancellationToken, params string[] keys)
        where T : ReportRecord
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(IEntityType type, string property) =>
            Quote(type.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!);
        string Col(string property) => Column(entity, property);
        string SameKey(string alias) => string.Join(" AND ", keys.Select(k => $"{alias}.{Col(k)} = cur.{Col(k)}"));

        var periods = db.Model.FindEntityType(typeof(Period))!;
        string Per(string property) => Column(periods, property);
        var rows = Quote(table.Name);
        var sql = $"""
            UPDATE {rows} AS cur SET {Col("PreviousId")} = (
                SELECT MIN(prev.{Col("Id")}) FROM {rows} AS prev
                WHERE prev.{Col("PeriodId")} = (
                    SELECT earlier.{Per("Id")} FROM {Quote(periods.GetTableName()!)} AS earlier, {Quote(periods.GetTableName()!)} AS own
                    WHERE own.{Per("Id")} = cur.{Col("PeriodId")}
                      AND (earlier.{Per("Year")} < own.{Per("Year")} OR (earlier.{Per("Year")} = own.{Per("Year")} AND earlier.{Per("Term")} < own.{Per("Term")}))
                    ORDER BY earlier.{Per("Year")} DESC, earlier.{Per("Term")} DESC
                    LIMIT 1)
                  AND {SameKey("prev")}
                HAVING COUNT(*) = 1
                   AND (SELECT COUNT(*) FROM {rows} AS twin WHERE twin.{Col("PeriodId")} = cur.{Col("PeriodId")} AND {SameKey("twin")}) = 1)
            """;
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}

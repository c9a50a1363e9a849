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
    /// would mean guessing, and a wrong "previous" figure is worse than none. Names come from the EF model.
    /// </summary>
    private static Task<int> RelinkAsync<T>(OpenDataDbContext db, CancellationToken cancellationToken, params string[] keys)
        where T : ReportRecord
    {
        var rows = new Table(db.Model.FindEntityType(typeof(T))!);
        var periods = new Table(db.Model.FindEntityType(typeof(Period))!);
        string SameKey(string alias) => string.Join(" AND ", keys.Select(k => $"{alias}.{rows[k]} = cur.{rows[k]}"));
        var sql = $"""
            UPDATE {rows} AS cur SET {rows["PreviousId"]} = (
                SELECT MIN(prev.{rows["Id"]}) FROM {rows} AS prev
                WHERE prev.{rows["PeriodId"]} = (
                    SELECT earlier.{periods["Id"]} FROM {periods} AS earlier, {periods} AS own
                    WHERE own.{periods["Id"]} = cur.{rows["PeriodId"]}
                      AND (earlier.{periods["Year"]} < own.{periods["Year"]}
                           OR (earlier.{periods["Year"]} = own.{periods["Year"]} AND earlier.{periods["Term"]} < own.{periods["Term"]}))
                    ORDER BY earlier.{periods["Year"]} DESC, earlier.{periods["Term"]} DESC
                    LIMIT 1)
                  AND {SameKey("prev")}
                HAVING COUNT(*) = 1
                   AND (SELECT COUNT(*) FROM {rows} AS twin WHERE twin.{rows["PeriodId"]} = cur.{rows["PeriodId"]} AND {SameKey("twin")}) = 1)
            """;
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>An entity's table and columns as quoted SQL identifiers.</summary>
    private sealed class Table(IEntityType entity)
    {
        private readonly StoreObjectIdentifier _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        public string this[string property] => Quote(entity.FindProperty(property)!.GetColumnName(_table)!);

        public override string ToString() => Quote(_table.Name);

        private static string Quote(string identifier) => $"\"{identifier}\"";
    }
}

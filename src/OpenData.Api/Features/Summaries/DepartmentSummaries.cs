using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Data;
using OpenData.Api.Features.Common;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Departments;

namespace OpenData.Api.Features.Summaries;

/// <summary>
/// Fills a period's summaries from its stored coverage rows in one INSERT … SELECT, so the copy is made by the
/// database and cannot drift from the rows: one row per department that any of the four tables lists in the term.
/// </summary>
public static class DepartmentSummaries
{
    public static async Task AddForPeriodAsync(OpenDataDbContext db, int periodId, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Table(Type entity) => sql.DelimitIdentifier(db.Model.FindEntityType(entity)!.GetTableName()!);
        string Column(Type entity, string property)
        {
            var type = db.Model.FindEntityType(entity)!;
            return sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!))!);
        }

        string Join(string alias, Type coverage) =>
            $" LEFT JOIN {Table(coverage)} {alias} ON {alias}.{Column(coverage, nameof(CoverageRecord.DepartmentId))} = d.{Column(typeof(Department), nameof(Department.Id))}" +
            $" AND {alias}.{Column(coverage, nameof(CoverageRecord.PeriodId))} = {{0}}";

        var target = typeof(DepartmentSummary);
        string[] columns =
        [
            nameof(DepartmentSummary.PeriodId), nameof(DepartmentSummary.DepartmentId), nameof(DepartmentSummary.ChildrenServed),
            nameof(DepartmentSummary.SocialServicePeopleServed), nameof(DepartmentSummary.Provisions), nameof(DepartmentSummary.WomenServed),
            nameof(DepartmentSummary.OlderPeopleServed),
        ];
        var statement =
            $"INSERT INTO {Table(target)} ({string.Join(", ", columns.Select(c => Column(target, c)))}) " +
            $"SELECT {{0}}, d.{Column(typeof(Department), nameof(Department.Id))}, " +
            $"h.{Column(typeof(CommunityHomesCoverage), nameof(CommunityHomesCoverage.ChildrenServed))}, " +
            $"s.{Column(typeof(SocialServiceCoverage), nameof(SocialServiceCoverage.GenderTotal))}, " +
            $"s.{Column(typeof(SocialServiceCoverage), nameof(SocialServiceCoverage.ProvisionsTotal))}, " +
            $"w.{Column(typeof(WomenProgramCoverage), nameof(WomenProgramCoverage.Women))}, " +
            $"o.{Column(typeof(OlderPeopleCoverage), nameof(OlderPeopleCoverage.GenderTotal))} " +
            $"FROM {Table(typeof(Department))} d" +
            Join("h", typeof(CommunityHomesCoverage)) + Join("s", typeof(SocialServiceCoverage)) +
            Join("w", typeof(WomenProgramCoverage)) + Join("o", typeof(OlderPeopleCoverage)) +
            $" WHERE h.{Column(typeof(CommunityHomesCoverage), "Id")} IS NOT NULL OR s.{Column(typeof(SocialServiceCoverage), "Id")} IS NOT NULL" +
            $" OR w.{Column(typeof(WomenProgramCoverage), "Id")} IS NOT NULL OR o.{Column(typeof(OlderPeopleCoverage), "Id")} IS NOT NULL" +
            // In the departments' order, so the rows' ids are the same on every provider.
            $" ORDER BY d.{Column(typeof(Department), nameof(Department.Id))}";
        await db.Database.ExecuteSqlRawAsync(statement, [periodId], cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Data;
using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Beneficiaries;

/// <summary>
/// Fills the figures of a period from its stored coverage rows, one INSERT … SELECT per column, so the copy
/// is made by the database and cannot drift from the rows it copies. Table and column names come from the
/// EF model, values go in as parameters.
/// </summary>
public static class BeneficiaryFigures
{
    private static readonly string[] _copied =
        [nameof(CoverageRecord.PeriodId), nameof(CoverageRecord.SourceId), nameof(CoverageRecord.Line), nameof(CoverageRecord.DepartmentId), nameof(CoverageRecord.ProgramId)];

    private static readonly string[] _given =
    [
        nameof(BeneficiaryFigure.Measure),
        nameof(BeneficiaryFigure.MeasureLabel), SearchText.FoldedColumn(nameof(BeneficiaryFigure.MeasureLabel)),
        nameof(BeneficiaryFigure.CountsPeopleServed), nameof(BeneficiaryFigure.IsPeopleCount),
    ];

    public static async Task AddForPeriodAsync(OpenDataDbContext db, int periodId, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var target = Columns(db, sql, typeof(BeneficiaryFigure), [.. _copied, .. _given, nameof(BeneficiaryFigure.Value)]);
        foreach (var measure in BeneficiaryMeasures.All)
        {
            var source = Columns(db, sql, measure.Coverage, [.. _copied, measure.Property, nameof(CoverageRecord.Id)]);
            var value = source.Columns[^2];
            var selected = source.Columns.Take(_copied.Length).Concat(["{0}", "{1}", "{2}", "{3}", "{4}", value]);
            var statement =
                $"INSERT INTO {target.Table} ({string.Join(", ", target.Columns)}) " +
                $"SELECT {string.Join(", ", selected)} FROM {source.Table} " +
                $"WHERE {source.Columns[0]} = {{5}} AND {value} IS NOT NULL ORDER BY {source.Columns[^1]}";
            object[] parameters = [measure.Measure, measure.Label, SearchText.Fold(measure.Label), measure.CountsPeopleServed, measure.IsPeopleCount, periodId];
            await db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
        }
    }

    private static (string Table, string[] Columns) Columns(OpenDataDbContext db, ISqlGenerationHelper sql, Type entity, string[] properties)
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = properties.Select(p => sql.DelimitIdentifier(type.FindProperty(p)!.GetColumnName(table)!)).ToArray();
        return (sql.DelimitIdentifier(table.Name, table.Schema), columns);
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Features.Common;

namespace OpenData.Api.Data;

/// <summary>Mapping shared by every record read from a report: period, source and, for coverage, department and programme.</summary>
public static class ReportRecordConfiguration
{
    public static EntityTypeBuilder<T> MapReportRecord<T>(this EntityTypeBuilder<T> builder)
        where T : ReportRecord
    {
        builder.HasOne(e => e.Period).WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Cascade);
        return builder;
    }

    public static EntityTypeBuilder<T> MapCoverageRecord<T>(this EntityTypeBuilder<T> builder)
        where T : CoverageRecord
    {
        builder.MapReportRecord();
        builder.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Program).WithMany().HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PeriodId, e.DepartmentId }).IsUnique();
        return builder;
    }

    /// <summary>
    /// The link to the same row of the previous term. Set null on delete: replacing a term deletes its rows, and the
    /// next term's rows must survive that until the relink inside the same transaction points them at the new ones.
    /// </summary>
    public static EntityTypeBuilder<T> MapPrevious<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, T?>> previous, Expression<Func<T, object?>> previousId)
        where T : ReportRecord
    {
        builder.HasOne(previous).WithMany().HasForeignKey(previousId).OnDelete(DeleteBehavior.SetNull);
        return builder;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenData.Api.Features.Summaries;

public sealed class DepartmentSummaryConfiguration : IEntityTypeConfiguration<DepartmentSummary>
{
    public void Configure(EntityTypeBuilder<DepartmentSummary> builder)
    {
        builder.HasOne(e => e.Period).WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PeriodId, e.DepartmentId }).IsUnique();

        // A blank adds nothing, as in the department profile and beneficiaryFigures.
        builder.Property(e => e.ComputedPeopleServed).HasComputedColumnSql(
            "COALESCE(\"ChildrenServed\", 0) + COALESCE(\"SocialServicePeopleServed\", 0) + COALESCE(\"WomenServed\", 0) + COALESCE(\"OlderPeopleServed\", 0)",
            stored: false);
    }
}

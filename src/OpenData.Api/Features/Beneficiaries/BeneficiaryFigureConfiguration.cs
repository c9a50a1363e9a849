using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Beneficiaries;

public sealed class BeneficiaryFigureConfiguration : IEntityTypeConfiguration<BeneficiaryFigure>
{
    public void Configure(EntityTypeBuilder<BeneficiaryFigure> builder)
    {
        builder.MapCoverageRecord();

        // A coverage table has one row per department; here a department has a row per programme and column,
        // so the shared one-row-per-department index stays, but not unique. Men and women are measures of two
        // programmes, hence the programme in the key.
        builder.HasIndex(e => new { e.PeriodId, e.DepartmentId }).IsUnique(false);
        builder.HasIndex(e => new { e.PeriodId, e.DepartmentId, e.ProgramId, e.Measure }).IsUnique();
        builder.HasSearchable(e => e.MeasureLabel);
        builder.Property(e => e.Measure).HoldsNames();
    }
}

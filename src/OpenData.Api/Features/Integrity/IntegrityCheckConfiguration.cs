using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Integrity;

public sealed class IntegrityCheckConfiguration : IEntityTypeConfiguration<IntegrityCheck>
{
    public void Configure(EntityTypeBuilder<IntegrityCheck> builder)
    {
        builder.MapReportRecord();
        builder.HasIndex(e => new { e.PeriodId, e.Matches });
        builder.HasSearchable(e => e.Subject);
        builder.Property(e => e.Collection).HoldsNames();
        builder.Property(e => e.Field).HoldsNames();
        builder.Property(e => e.AddedField).HoldsNames();
    }
}

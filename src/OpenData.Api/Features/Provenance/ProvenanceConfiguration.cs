using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Provenance;

public sealed class ProvenanceConfiguration :
    IEntityTypeConfiguration<ReportDocument>,
    IEntityTypeConfiguration<Source>,
    IEntityTypeConfiguration<ReportedTotal>
{
    public void Configure(EntityTypeBuilder<ReportDocument> builder)
    {
        builder.ToTable("Documents");
        builder.HasOne(e => e.Period).WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.PeriodId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasOne(e => e.Document).WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSearchable(e => e.Section);
        builder.HasSearchable(e => e.Table);
    }

    public void Configure(EntityTypeBuilder<ReportedTotal> builder)
    {
        builder.HasOne(e => e.Period).WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.PeriodId, e.Collection, e.Field }).IsUnique();
        builder.Property(e => e.Collection).HoldsNames();
        builder.Property(e => e.Field).HoldsNames();
    }
}

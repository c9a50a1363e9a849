using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Achievements;

public sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>, IEntityTypeConfiguration<AchievementFigure>
{
    // Prose quotes whole numbers ("13,756 niños") as well as amounts ("Q.556,879.50"): keep the printed form.
    public void Configure(EntityTypeBuilder<AchievementFigure> builder) =>
        builder.Property(e => e.Value).HasConversion<WholeOrHundredthsConverter>();

    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.MapReportRecord();
        builder.HasOne(e => e.Program).WithMany().HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Figures).WithOne().HasForeignKey(e => e.AchievementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSearchable(e => e.Quote);
    }
}

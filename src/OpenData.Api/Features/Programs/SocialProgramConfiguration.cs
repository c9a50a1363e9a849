using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Programs;

public sealed class SocialProgramConfiguration : IEntityTypeConfiguration<SocialProgram>
{
    public void Configure(EntityTypeBuilder<SocialProgram> builder)
    {
        builder.ToTable("Programs");
        builder.HasIndex(e => e.Code).IsUnique();

        // Lookups by code compare the folded copy: indexed too.
        builder.HasSearchable(e => e.Code);
        builder.HasSearchable(e => e.Name);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Donations;

public sealed class DonationConfiguration : IEntityTypeConfiguration<Donation>
{
    public void Configure(EntityTypeBuilder<Donation> builder)
    {
        builder.MapReportRecord();
        builder.HasMany(e => e.Items).WithOne(i => i.Donation).HasForeignKey(e => e.DonationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSearchable(e => e.Donor);
        builder.HasSearchable(e => e.Description);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenData.Api.Features.Periods;

public sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> builder)
    {
        builder.HasIndex(e => e.Code).IsUnique();
        builder.HasIndex(e => new { e.Year, e.Term }).IsUnique();
    }
}

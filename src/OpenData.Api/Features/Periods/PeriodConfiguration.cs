using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Periods;

public sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> builder)
    {
        builder.HasIndex(e => e.Code).IsUnique();

        // Lookups by code compare the folded copy: indexed too.
        builder.HasSearchable(e => e.Code);
        builder.HasIndex(e => new { e.Year, e.Term }).IsUnique();
    }
}

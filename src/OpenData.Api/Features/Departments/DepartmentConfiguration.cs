using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Departments;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Code).IsUnique();

        // Lookups by code compare the folded copy: indexed too.
        builder.HasSearchable(e => e.Code);
        builder.HasSearchable(e => e.Name);
    }
}

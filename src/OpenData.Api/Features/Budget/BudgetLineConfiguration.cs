using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Features.Budget;

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.MapReportRecord().MapPrevious(e => e.Previous, e => e.PreviousId);
        builder.HasOne(e => e.Program).WithMany().HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasSearchable(e => e.Activity);

        // Virtual generated columns over the stored hundredths: exact, filterable, sortable and summable in SQL like
        // the printed ones, never written by the loader. Quoted identifiers read the same in SQLite and PostgreSQL.
        builder.Property(e => e.ComputedModification).HasComputedColumnSql("\"Current\" - \"Approved\"", stored: false);
        builder.Property(e => e.ComputedUnspent).HasComputedColumnSql("\"Current\" - \"Executed\"", stored: false);
    }
}

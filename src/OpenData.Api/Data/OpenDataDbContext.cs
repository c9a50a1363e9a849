using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Achievements;
using OpenData.Api.Features.Beneficiaries;
using OpenData.Api.Features.Budget;
using OpenData.Api.Features.Common;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Donations;
using OpenData.Api.Features.Goals;
using OpenData.Api.Features.Integrity;
using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Programs;
using OpenData.Api.Features.Provenance;
using OpenData.Api.Features.Shelters;

namespace OpenData.Api.Data;

/// <summary>The report's tables, on SQLite (this type) or PostgreSQL (<see cref="PostgresOpenDataDbContext"/>).</summary>
public class OpenDataDbContext : DbContext
{
    public OpenDataDbContext(DbContextOptions<OpenDataDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subclass, which has migrations of its own.</summary>
    protected OpenDataDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Period> Periods => Set<Period>();
    public DbSet<ReportDocument> Documents => Set<ReportDocument>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<SocialProgram> Programs => Set<SocialProgram>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<CommunityHomesCoverage> CommunityHomesCoverage => Set<CommunityHomesCoverage>();
    public DbSet<SocialServiceCoverage> SocialServiceCoverage => Set<SocialServiceCoverage>();
    public DbSet<WomenProgramCoverage> WomenProgramCoverage => Set<WomenProgramCoverage>();
    public DbSet<OlderPeopleCoverage> OlderPeopleCoverage => Set<OlderPeopleCoverage>();
    public DbSet<BeneficiaryFigure> BeneficiaryFigures => Set<BeneficiaryFigure>();
    public DbSet<Features.Summaries.DepartmentSummary> DepartmentSummaries => Set<Features.Summaries.DepartmentSummary>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<Shelter> Shelters => Set<Shelter>();
    public DbSet<Donation> Donations => Set<Donation>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<ReportedTotal> ReportedTotals => Set<ReportedTotal>();
    public DbSet<IntegrityCheck> IntegrityChecks => Set<IntegrityCheck>();

    public sealed override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SearchText.FillFoldedCopies(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public sealed override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SearchText.FillFoldedCopies(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<HundredthsConverter>();
        configurationBuilder.Properties<GoalLevel>().HaveConversion<string>();
        configurationBuilder.Properties<IntegrityCheckKind>().HaveConversion<string>();
        configurationBuilder.Properties<FigureKind>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenDataDbContext).Assembly);
        SearchText.AddFoldedCopiesOfAllText(modelBuilder);
    }

    /// <summary>
    /// What PostgreSQL needs said that SQLite does not, so that both answer the same: text compares and sorts by code
    /// point (SQLite's only way; PostgreSQL's default follows the server's locale, where "Z" and "a" swap places), and a
    /// computed column is stored (PostgreSQL before 18 has no virtual generated columns). The values are the same.
    /// </summary>
    protected static void AlignWithSqlite(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(string))
            {
                property.SetCollation("C");
            }

            if (property.GetComputedColumnSql() is not null)
            {
                property.SetIsStored(true);
            }
        }
    }
}

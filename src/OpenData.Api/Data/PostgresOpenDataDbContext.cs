using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenData.Api.Data;

/// <summary>
/// The same tables on PostgreSQL. A type of its own only so that its migrations (Data/Migrations/Postgres) are
/// PostgreSQL's; the model is <see cref="OpenDataDbContext"/>'s, aligned with SQLite's answers.
/// </summary>
public sealed class PostgresOpenDataDbContext(DbContextOptions<PostgresOpenDataDbContext> options) : OpenDataDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        AlignWithSqlite(modelBuilder);
    }
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresOpenDataDbContext</c>, which needs no server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOpenDataDbContext>
{
    public PostgresOpenDataDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOpenDataDbContext>().UseNpgsql("Host=localhost;Database=opendata").Options);
}

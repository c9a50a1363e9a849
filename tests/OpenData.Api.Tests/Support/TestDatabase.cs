using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenData.Api.Data;
using OpenData.Api.Seeding;

namespace OpenData.Api.Tests.Support;

/// <summary>
/// One SQLite database for the whole test run, built from seed/ once before any server starts, so test
/// servers only read it and never race to create it. Tests that change data make databases of their own.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<string> _connectionString = new(Build);

    public static string ConnectionString => _connectionString.Value;

    public static string NewFile() =>
        Path.Combine(Path.GetTempPath(), "opendata-tests", $"{Guid.NewGuid():N}.db");

    public static async Task<string> BuildAsync(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connectionString = $"Data Source={file}";
        var options = new DbContextOptionsBuilder<OpenDataDbContext>().UseSqlite(connectionString).Options;
        var initializer = new DatabaseInitializer(new Factory(options), new SeedFolder(Path.Combine(RepoPaths.Root, "seed")), NullLogger<DatabaseInitializer>.Instance);
        await initializer.InitializeAsync();
        return connectionString;
    }

    private static string Build() => BuildAsync(NewFile()).GetAwaiter().GetResult();

    private sealed class Factory(DbContextOptions<OpenDataDbContext> options) : IDbContextFactory<OpenDataDbContext>
    {
        public OpenDataDbContext CreateDbContext() => new(options);
    }
}

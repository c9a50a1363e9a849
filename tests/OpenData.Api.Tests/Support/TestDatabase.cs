using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpenData.Api.Data;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Seeding;

namespace OpenData.Api.Tests.Support;

/// <summary>
/// The databases of a test run, on the provider the run is for: SQLite files by default, or, with
/// <c>Database__Provider=Postgres</c> and <c>OPENDATA_TEST_POSTGRES</c> (a connection string to a server the tests
/// may create databases on), one PostgreSQL database each. `.ci/run` runs the suite once per provider. One database
/// is shared by the whole run, built from seed/ once before any server starts, so test servers only read it and
/// never race to create it; tests that change data make databases of their own.
/// </summary>
public static class TestDatabase
{
    public const string ServerVariable = "OPENDATA_TEST_POSTGRES";

    private static readonly Lazy<string> _connectionString = new(() => BuildNewAsync().GetAwaiter().GetResult());

    public static DatabaseProvider Provider { get; } = DatabaseSettings.ProviderOf(Environment.GetEnvironmentVariable("Database__Provider"));

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static string ConnectionString => _connectionString.Value;

    /// <summary>A SQLite file that does not exist yet: for the tests of what is SQLite's own (a file killed mid-write).</summary>
    public static string NewFile() =>
        Path.Combine(Path.GetTempPath(), "opendata-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>A database of this run's provider that does not exist yet; the first migration creates it.</summary>
    public static string NewConnectionString()
    {
        if (!IsPostgres)
        {
            var file = NewFile();
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return $"Data Source={file}";
        }

        var server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException($"Database__Provider is Postgres: set {ServerVariable} to a server the tests may create databases on.");
        return new NpgsqlConnectionStringBuilder(server) { Database = $"opendata_test_{Guid.NewGuid():N}" }.ConnectionString;
    }

    /// <summary>A new database of this run's provider, built from seed/.</summary>
    public static Task<string> BuildNewAsync() => BuildAsync(NewConnectionString());

    /// <summary>A SQLite file built from seed/ (see <see cref="NewFile"/>).</summary>
    public static Task<string> BuildFileAsync(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return BuildAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"));
    }

    public static DatabaseSettings Settings(string connectionString) => new(Provider, connectionString);

    /// <summary>A context of its own on one of this run's databases.</summary>
    public static OpenDataDbContext Context(string connectionString) => Settings(connectionString).CreateContext();

    /// <summary>A plain connection to one of this run's databases, not open yet.</summary>
    public static DbConnection Connection(string connectionString) =>
        IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    /// <summary>The query engine's dialect for one of this run's databases.</summary>
    public static SqlDialect Dialect(string connectionString) =>
        IsPostgres ? new PostgresDialect(connectionString) : new SqliteDialect(connectionString);

    private static Task<string> BuildAsync(string connectionString) => BuildAsync(Settings(connectionString));

    private static async Task<string> BuildAsync(DatabaseSettings settings)
    {
        var initializer = new DatabaseInitializer(new Factory(settings), new SeedFolder(Path.Combine(RepoPaths.Root, "seed")), NullLogger<DatabaseInitializer>.Instance);
        await initializer.InitializeAsync();
        return settings.ConnectionString;
    }

    private sealed class Factory(DatabaseSettings settings) : IDbContextFactory<OpenDataDbContext>
    {
        public OpenDataDbContext CreateDbContext() => settings.CreateContext();
    }
}

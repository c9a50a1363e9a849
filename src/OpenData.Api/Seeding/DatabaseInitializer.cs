using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Seeding;

/// <summary>
/// Brings the database up to date at start-up: applies migrations, then loads every report in seed/ whose
/// content hash the database does not have yet. An unchanged seed costs one query per report.
/// </summary>
/// <remarks>
/// A migration lock held by another live process for longer than <see cref="DatabaseMigrator.LockTimeout"/> stops
/// the start with a <see cref="MigrationLockException"/> that says what to do; one left by a dead process is cleared.
/// </remarks>
public sealed partial class DatabaseInitializer(IDbContextFactory<OpenDataDbContext> contexts, SeedFolder seed, ILogger<DatabaseInitializer> logger)
{
    /// <returns>How many reports of seed/ the database holds, loaded now or before.</returns>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var reports = seed.Reports.Select(path => (Path: path, Bytes: File.ReadAllBytes(path))).ToList();
        var sha256s = reports.Select(r => ReportReader.Sha256Of(r.Bytes)).ToList();
        if (Database is { Provider: DatabaseProvider.Sqlite, ConnectionString: var connectionString }
            && await WarmStart.IsCurrentAsync(connectionString, sha256s, cancellationToken))
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            LogUpToDate(logger, file, reports.Count);
            return reports.Count;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await DatabaseMigrator.MigrateAsync(db, DatabaseMigrator.LockTimeout, cancellationToken) is { } cleared)
        {
            LogClearedLock(logger, cleared);
        }

        foreach (var (path, bytes) in reports)
        {
            var fileName = Path.GetFileName(path);
            var sha256 = ReportReader.Sha256Of(bytes);
            // An unchanged file already loaded by this loader needs no reading: one query per report at start-up.
            if (await db.Documents.AnyAsync(d => d.Sha256 == sha256 && d.LoaderVersion == ReportLoader.Version, cancellationToken))
            {
                LogReport(logger, fileName, sha256, "already loaded");
                continue;
            }

            var report = ReportReader.Parse(bytes);
            var curated = CuratedReportLoader.Load(SeedFolder.CuratedFor(path));
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var loaded = await ReportLoader.LoadAsync(db, report, curated, text, fileName, cancellationToken);
            LogReport(logger, fileName, report.Sha256, loaded ? "loaded" : "already loaded");
        }

        return reports.Count;
    }

    /// <summary>
    /// For an instance that does not initialize (<c>Database:InitializeAtStartup=false</c>, several instances on one
    /// database): the <c>migrate</c> command must have been run. Reads the migration history only; changes nothing.
    /// </summary>
    /// <exception cref="DatabaseNotReadyException">A migration is not applied, or no report is loaded.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new DatabaseNotReadyException(
                $"The database lacks {pending.Count} migration(s) (the first: {pending[0]}) and Database:InitializeAtStartup is false: run `OpenData.Api migrate` once with the same settings, then start the instances.");
        }

        if (!await db.Documents.AnyAsync(cancellationToken))
        {
            throw new DatabaseNotReadyException(
                "The database holds no report and Database:InitializeAtStartup is false: run `OpenData.Api migrate` once with the same settings (it loads seed/), then start the instances.");
        }

        LogVerified(logger);
    }

    /// <summary><c>Database:InitializeAtStartup</c> (default true): whether a start migrates and loads seed/, or only checks.</summary>
    public bool InitializeAtStartup { get; init; } = true;

    /// <summary>The database, for the warm start's check of a SQLite file; without it, every start goes the full way.</summary>
    public DatabaseSettings? Database { get; init; }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {File}: up to date, its {Reports} reports of seed/ already loaded")]
    private static partial void LogUpToDate(ILogger logger, string file, int reports);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database up to date (Database:InitializeAtStartup is false: checked, not migrated)")]
    private static partial void LogVerified(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What}")]
    private static partial void LogClearedLock(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {File} (sha256 {Sha256}): {Outcome}")]
    private static partial void LogReport(ILogger logger, string file, string sha256, string outcome);
}

public static class DatabaseInitializerExtensions
{
    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services.AddSingleton(SeedFolder.Locate(configuration, contentRoot)).AddSingleton(provider => new DatabaseInitializer(
            provider.GetRequiredService<IDbContextFactory<OpenDataDbContext>>(),
            provider.GetRequiredService<SeedFolder>(),
            provider.GetRequiredService<ILogger<DatabaseInitializer>>())
        {
            Database = DatabaseSettings.From(configuration, contentRoot),
            InitializeAtStartup = configuration.GetValue("Database:InitializeAtStartup", true),
        });

    /// <summary>Migrates and loads seed/, or with <c>Database:InitializeAtStartup=false</c> only checks that was done.</summary>
    public static Task InitializeDatabaseAsync(this WebApplication app)
    {
        var initializer = app.Services.GetRequiredService<DatabaseInitializer>();
        return initializer.InitializeAtStartup
            ? initializer.InitializeAsync(app.Lifetime.ApplicationStopping)
            : initializer.VerifyAsync(app.Lifetime.ApplicationStopping);
    }
}

/// <summary>A start with <c>Database:InitializeAtStartup=false</c> on a database the migrate command has not prepared.</summary>
public sealed class DatabaseNotReadyException(string message) : Exception(message);

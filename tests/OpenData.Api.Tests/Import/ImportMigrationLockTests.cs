using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenData.Api.Data;
using OpenData.Api.Seeding;
using OpenData.Api.Seeding.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// EF Core's SQLite migrator takes its lock as a row in <c>__EFMigrationsLock</c>, outside any transaction, and waits for
/// it with no timeout: a process killed holding it used to hang every later import and start-up on that file. Now
/// the next import or start-up clears it, within seconds, and says so; a lock held by a live process is waited for a
/// bounded time and then explained.
/// </summary>
public sealed class ImportMigrationLockTests : IDisposable
{
    /// <summary>A hang fails the test after this long instead of hanging the run; a good import takes about a second.</summary>
    private static readonly TimeSpan _within = TimeSpan.FromSeconds(30);

    private readonly ImportFolder _folder = new();
    private readonly OpenDataFactory _app = new();

    [SqliteFact]
    public async Task Import_AfterAnImportKilledInsideTheMigrationLock_ClearsTheLockAndLoads()
    {
        var cs = await ImportKilledInsideTheMigrationLockAsync();

        var next = (await ImportRun.RunAsync(cs, _within, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();

        Assert.Contains("cleared a migration lock (\"__EFMigrationsLock\", taken ", next.Error, StringComparison.Ordinal);
        Assert.Contains("2021-T2 from ", next.Output, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
        Assert.Equal("2021-T2", (await DatabaseState.CaptureAsync(cs)).Periods);
        Assert.Equal("ok", await DatabaseState.IntegrityCheckAsync(cs));
    }

    [SqliteFact]
    public async Task StartUp_AfterAnImportKilledInsideTheMigrationLock_ClearsTheLockAndServes()
    {
        var cs = await ImportKilledInsideTheMigrationLockAsync();

        Assert.Equal(["2021-T1"], await PeriodsServedAsync(cs));
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
    }

    [SqliteFact]
    public async Task ImportAndStartUp_WithALeftoverLockRowOnABuiltDatabase_ProceedAndClearIt()
    {
        var cs = await TestDatabase.BuildNewAsync();
        await DatabaseState.LeaveMigrationLockRowAsync(cs);

        var import = (await ImportRun.RunAsync(cs, _within, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();

        Assert.Contains("cleared a migration lock (\"__EFMigrationsLock\", taken 2026-12-01 09:30:00.000+00:00)", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
        await DatabaseState.LeaveMigrationLockRowAsync(cs);
        Assert.Equal(["2021-T1", "2021-T2"], await PeriodsServedAsync(cs));
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
    }

    [SqliteFact]
    public async Task Migrate_WhileAnotherProcessHoldsTheGate_GivesUpAfterTheTimeoutSayingWhatToDo()
    {
        var file = TestDatabase.NewFile();
        var cs = await TestDatabase.BuildFileAsync(file);
        await DatabaseState.LeaveMigrationLockRowAsync(cs);
        var before = await DatabaseState.CaptureAsync(cs);
        // A second open file description conflicts with the first even within one process, as another process would.
        await using var held = new FileStream(file + MigrationGate.Suffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        await using var db = new OpenDataDbContext(DatabaseServiceExtensions.Options(cs));
        using var hang = new CancellationTokenSource(_within);
        var waited = Stopwatch.StartNew();

        var refused = await Assert.ThrowsAsync<MigrationLockException>(() => DatabaseMigrator.MigrateAsync(db, TimeSpan.FromSeconds(1), hang.Token));

        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.StartsWith($"{file}: another process is migrating this database (it holds {file}{MigrationGate.Suffix}) and has not finished in 1 s.", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"`fuser -v {file}{MigrationGate.Suffix}`", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
    }

    [SqliteFact]
    public async Task Migrate_ANewFile_LeavesItToEfCoreToCreateInWalMode()
    {
        var file = TestDatabase.NewFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var db = new OpenDataDbContext(DatabaseServiceExtensions.Options($"Data Source={file}"));

        Assert.Null(await DatabaseMigrator.MigrateAsync(db, DatabaseMigrator.LockTimeout, CancellationToken.None));

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["wal"], await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    /// <summary>A real import into a new file, stopped just after EF Core took its lock, then SIGKILLed.</summary>
    private async Task<string> ImportKilledInsideTheMigrationLockAsync()
    {
        var file = TestDatabase.NewFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var cs = $"Data Source={file}";
        using var import = ImportProcess.Start(cs, _folder.Write("term-2-first", TermReports.Term("SEGUNDO", 305)), ImportPauses.InMigrationLockVariable);
        await import.WaitForPauseAsync();
        Assert.Equal(1, await DatabaseState.MigrationLockRowsAsync(cs));

        Assert.Equal("paused-in-migration-lock", (await import.KillAsync()).Output.Trim());
        Assert.Equal(1, await DatabaseState.MigrationLockRowsAsync(cs));
        return cs;
    }

    /// <summary>
    /// The server's start-up on the database (migrations, then seed/), failing the test if it does not finish in time,
    /// and then the periods a server on it serves.
    /// </summary>
    private async Task<IEnumerable<string>> PeriodsServedAsync(string connectionString)
    {
        var initializer = new DatabaseInitializer(
            new ContextFactory(DatabaseServiceExtensions.Options(connectionString)), new SeedFolder(Path.Combine(RepoPaths.Root, "seed")), NullLogger<DatabaseInitializer>.Instance);
        // Cancellable, unlike a server's start (its stopping token is not live before it runs): a hang fails the test.
        using var timeout = new CancellationTokenSource(_within);
        try
        {
            await initializer.InitializeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"Start-up did not finish within {_within.TotalSeconds} s.");
        }

        using var client = _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:OpenData", connectionString)
            .UseSetting("OutputCache:GraphQLSeconds", "0")).CreateClient();
        var periods = await client.QueryAsync("{ periods(order: [{ code: ASC }]) { nodes { code } } }");
        return periods.Nodes("periods").Select(p => p.Str("code")).ToList();
    }

    private sealed class ContextFactory(DbContextOptions<OpenDataDbContext> options) : IDbContextFactory<OpenDataDbContext>
    {
        public OpenDataDbContext CreateDbContext() => new(options);
    }
}

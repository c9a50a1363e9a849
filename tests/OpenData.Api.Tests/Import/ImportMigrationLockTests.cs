using System.Diagnostics;
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

    [Fact]
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

    [Fact]
    public async Task StartUp_AfterAnImportKilledInsideTheMigrationLock_ClearsTheLockAndServes()
    {
        var cs = await ImportKilledInsideTheMigrationLockAsync();

        Assert.Equal(["2021-T1"], await PeriodsServedAsync(cs));
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
    }

    [Fact]
    public async Task ImportAndStartUp_WithALeftoverLockRowOnABuiltDatabase_ProceedAndClearIt()
    {
        var cs = await TestDatabase.BuildAsync(TestDatabase.NewFile());
        await DatabaseState.LeaveMigrationLockRowAsync(cs);

        var import = (await ImportRun.RunAsync(cs, _within, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();

        Assert.Contains("cleared a migration lock (\"__EFMigrationsLock\", taken 2026-12-01 09:30:00.000+00:00)", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
        await DatabaseState.LeaveMigrationLockRowAsync(cs);
        Assert.Equal(["2021-T1", "2021-T2"], await PeriodsServedAsync(cs));
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
    }

    [Fact]
    public async Task Migrate_WhileAnotherProcessHoldsTheGate_GivesUpAfterTheTimeoutSayingWhatToDo()
    {
        var file = TestDatabase.NewFile();
        var cs = await TestDatabase.BuildAsync(file);
        await DatabaseState.LeaveMigrationLockRowAsync(cs);
        var before = await DatabaseState.CaptureAsync(cs);
        // A second open file description conflicts with the first even within one process, as another process would.
        await using var held = new FileStream(file + MigrationGate.Suffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        await using var db = new OpenDataDbContext(DatabaseServiceExtensions.Options(cs));
        var waited = Stopwatch.StartNew();

        var refused = await Assert.ThrowsAsync<MigrationLockException>(() => DatabaseMigrator.MigrateAsync(db, TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.StartsWith($"{file}: another process is migrating this database (it holds {file}{MigrationGate.Suffix}) and has not finished in 1 s.", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"`fuser -v {file}{MigrationGate.Suffix}`", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
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

    /// <summary>Starts the server on the database (migrations, seed) and asks which periods it serves.</summary>
    private async Task<IEnumerable<string>> PeriodsServedAsync(string connectionString)
    {
        var app = _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:OpenData", connectionString)
            .UseSetting("OutputCache:GraphQLSeconds", "0"));
        // Start-up runs synchronously inside CreateClient: off the test's thread, so a hang fails the test.
        using var client = await Task.Run(app.CreateClient).WaitAsync(_within);
        var periods = await client.QueryAsync("{ periods(order: [{ code: ASC }]) { nodes { code } } }");
        return periods.Nodes("periods").Select(p => p.Str("code")).ToList();
    }
}

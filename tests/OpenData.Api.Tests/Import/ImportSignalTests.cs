using OpenData.Api.Seeding.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// SIGTERM (what <c>docker stop</c>, systemd and <c>kill</c> send) during a real import process: it cancels the load,
/// says so on stderr, exits with <see cref="ImportCommand.Cancelled"/>, and leaves the database as it was. Ctrl+C
/// (SIGINT) takes the same path, but a test cannot rely on sending it: a shell starts background jobs with it ignored.
/// </summary>
public sealed class ImportSignalTests : IDisposable
{
    private static readonly TimeSpan _within = TimeSpan.FromSeconds(30);
    private readonly ImportFolder _folder = new();

    [Fact]
    public async Task Import_SigtermJustBeforeCommit_StopsWithAMessageAndLeavesThePreviousState()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        var before = await DatabaseState.CaptureAsync(cs);
        var corrected = _folder.Write("term-2-corrected", TermReports.Term("SEGUNDO", 320));

        var run = await SigtermAtAsync(cs, corrected, ImportPauses.BeforeCommitVariable);

        Assert.Equal("paused-before-commit", run.Output.Trim());
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
        if (!TestDatabase.IsPostgres)
        {
            // PostgreSQL has no file of its own for a killed writer to leave half-written.
            Assert.Equal("ok", await DatabaseState.IntegrityCheckAsync(cs));
        }

        var rerun = (await ImportRun.RunAsync(cs, _within, corrected)).Succeeded();
        Assert.Contains("replaced the period", rerun.Output, StringComparison.Ordinal);
    }

    [SqliteFact]
    public async Task Import_SigtermInsideTheMigrationLock_StopsWithAMessageAndTheNextImportSucceeds()
    {
        var file = TestDatabase.NewFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var cs = $"Data Source={file}";
        var report = _folder.Write("term-2", TermReports.Term("SEGUNDO", 310));

        var run = await SigtermAtAsync(cs, report, ImportPauses.InMigrationLockVariable);

        Assert.Equal("paused-in-migration-lock", run.Output.Trim());
        Assert.Equal(string.Empty, (await DatabaseState.CaptureAsync(cs)).Periods);
        var next = (await ImportRun.RunAsync(cs, _within, report)).Succeeded();
        Assert.Contains("2021-T2 from ", next.Output, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseState.MigrationLockRowsAsync(cs));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<ImportRun> SigtermAtAsync(string connectionString, string report, string pauseVariable)
    {
        using var import = ImportProcess.Start(connectionString, report, pauseVariable);
        await import.WaitForPauseAsync();
        await import.SignalAsync("TERM");
        var run = await import.ExitAsync();
        Assert.True(run.ExitCode == ImportCommand.Cancelled, $"exit {run.ExitCode}: {run.Error}");
        Assert.Equal(
            "SIGTERM received: stopping the import.\nImport cancelled: nothing was imported; the database is unchanged.\n",
            run.Error.ReplaceLineEndings("\n"));
        return run;
    }
}

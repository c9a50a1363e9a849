using OpenData.Api.Seeding.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// An import killed after writing everything but before committing leaves the database exactly as it was. The
/// import runs as a real process (the API's dll, as a user would run it) and is killed at its test hook.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    [SqliteFact]
    public async Task Import_KilledJustBeforeCommit_LeavesThePreviousState()
    {
        var file = TestDatabase.NewFile();
        var cs = await TestDatabase.BuildFileAsync(file);
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        var before = await DatabaseState.CaptureAsync(cs);

        using (var import = ImportProcess.Start(cs, _folder.Write("term-2-corrected", TermReports.Term("SEGUNDO", 320)), ImportPauses.BeforeCommitVariable))
        {
            await import.WaitForPauseAsync();
            Assert.True(File.Exists(file + "-journal") || File.Exists(file + "-wal"), "The paused import has not written anything to kill.");
            Assert.Equal("paused-before-commit", (await import.KillAsync()).Output.Trim());
        }

        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
        Assert.Equal("ok", await DatabaseState.IntegrityCheckAsync(cs));
        var rerun = (await ImportRun.RunAsync(cs, Path.Combine(_folder.Path, "term-2-corrected.txt"))).Succeeded();
        Assert.Contains("replaced the period", rerun.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

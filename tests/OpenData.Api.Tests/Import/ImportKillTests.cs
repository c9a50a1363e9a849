using System.Diagnostics;
using OpenData.Api.Seeding.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// An import killed after writing everything but before committing leaves the database exactly as it was. The
/// import runs as a real process (the API's dll, as a user would run it) and is killed at its test hook.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(60);
    private readonly ImportFolder _folder = new();

    [Fact]
    public async Task Import_KilledJustBeforeCommit_LeavesThePreviousState()
    {
        var file = TestDatabase.NewFile();
        var cs = await TestDatabase.BuildAsync(file);
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        var before = await DatabaseState.CaptureAsync(cs);
        var pauseFile = Path.Combine(_folder.Path, "paused");

        using (var import = StartImport(cs, _folder.Write("term-2-corrected", TermReports.Term("SEGUNDO", 320)), pauseFile))
        {
            await WaitForPauseAsync(import, pauseFile);
            Assert.Equal("paused-before-commit", await import.StandardOutput.ReadLineAsync());
            Assert.True(File.Exists(file + "-journal") || File.Exists(file + "-wal"), "The paused import has not written anything to kill.");
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync().WaitAsync(_timeout);
        }

        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
        Assert.Equal("ok", await DatabaseState.IntegrityCheckAsync(cs));
        var rerun = (await ImportRun.RunAsync(cs, Path.Combine(_folder.Path, "term-2-corrected.txt"))).Succeeded();
        Assert.Contains("replaced the period", rerun.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static Process StartImport(string connectionString, string report, string pauseFile)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(report)!,
        };
        start.ArgumentList.Add(typeof(ImportCommand).Assembly.Location);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(report);
        start.Environment["ConnectionStrings__OpenData"] = connectionString;
        start.Environment[ImportCommand.PauseBeforeCommitVariable] = pauseFile;
        return Process.Start(start)!;
    }

    private static async Task WaitForPauseAsync(Process import, string pauseFile)
    {
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(pauseFile))
        {
            if (import.HasExited)
            {
                Assert.Fail($"The import exited with {import.ExitCode} before pausing: {await import.StandardError.ReadToEndAsync()}");
            }

            Assert.True(deadline.Elapsed < _timeout, "The import did not reach its pause before commit.");
            await Task.Delay(50);
        }
    }
}

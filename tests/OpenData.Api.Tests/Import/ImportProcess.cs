using System.Diagnostics;
using OpenData.Api.Seeding.Import;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// The import as a real process (the API's dll with <c>import &lt;file&gt;</c>, as a user runs it), for tests that
/// kill it or signal it; optionally stopped at one of <see cref="ImportPauses"/>' points.
/// </summary>
internal sealed class ImportProcess : IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;
    private readonly string? _pauseFile;

    private ImportProcess(Process process, string? pauseFile)
    {
        _process = process;
        _pauseFile = pauseFile;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>import &lt;report&gt;</c>; with one of <see cref="ImportPauses"/>' variables, it stops at that point.</summary>
    public static ImportProcess Start(string connectionString, string report, string? pauseVariable = null)
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
        string? pauseFile = null;
        if (pauseVariable is not null)
        {
            pauseFile = Path.Combine(Path.GetDirectoryName(report)!, $"paused-{Guid.NewGuid():N}");
            start.Environment[pauseVariable] = pauseFile;
        }

        return new ImportProcess(Process.Start(start)!, pauseFile);
    }

    public async Task WaitForPauseAsync()
    {
        var waited = Stopwatch.StartNew();
        while (!File.Exists(_pauseFile))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The import exited with {_process.ExitCode} before pausing: {await _error}");
            }

            Assert.True(waited.Elapsed < _timeout, "The import did not reach its pause.");
            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL: nothing in the process runs after it.</summary>
    public Task<ImportRun> KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        return ExitAsync();
    }

    /// <summary>Sends a signal by name (TERM, INT) with kill(1): .NET has no API to send one.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync().WaitAsync(_timeout);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the process to end (failing the test, not hanging it, if it does not).</summary>
    public async Task<ImportRun> ExitAsync()
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(_timeout);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"The import did not exit within {_timeout.TotalSeconds} s.");
        }

        return new ImportRun(_process.ExitCode, await _output, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

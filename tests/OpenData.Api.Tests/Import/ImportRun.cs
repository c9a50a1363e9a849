using OpenData.Api.Seeding.Import;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>The import command run in-process, with its console output captured.</summary>
internal sealed record ImportRun(int ExitCode, string Output, string Error)
{
    public static Task<ImportRun> RunAsync(string connectionString, params string[] args) =>
        RunAsync(connectionString, Timeout.InfiniteTimeSpan, args);

    /// <summary>Fails the test, instead of hanging it, when the import does not finish <paramref name="within"/>.</summary>
    public static async Task<ImportRun> RunAsync(string connectionString, TimeSpan within, params string[] args)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(within);
        var exitCode = await ImportCommand.RunAsync(args, TestDatabase.Settings(connectionString), output, error, timeout.Token);
        Assert.False(timeout.IsCancellationRequested, $"The import did not finish within {within.TotalSeconds} s: {error}");
        return new ImportRun(exitCode, output.ToString(), error.ToString());
    }

    public ImportRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        return this;
    }
}

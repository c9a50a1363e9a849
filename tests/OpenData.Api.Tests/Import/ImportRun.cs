using OpenData.Api.Seeding.Import;

namespace OpenData.Api.Tests.Import;

/// <summary>The import command run in-process, with its console output captured.</summary>
internal sealed record ImportRun(int ExitCode, string Output, string Error)
{
    public static async Task<ImportRun> RunAsync(string connectionString, params string[] args)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(args, connectionString, output, error);
        return new ImportRun(exitCode, output.ToString(), error.ToString());
    }

    public ImportRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        return this;
    }
}

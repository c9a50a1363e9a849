using System.Diagnostics;
using System.Reflection;

namespace OpenData.Api.Tests.Support;

/// <summary>Runs a node script from a folder the test project names in its assembly metadata, and returns what it printed.</summary>
public static class NodeScript
{
    /// <summary>The folder given as <c>AssemblyMetadata</c> <paramref name="key"/> in the test project file.</summary>
    public static string Directory(string key) =>
        typeof(NodeScript).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>Runs <c>node script argument</c> there; fails the test unless it exits with 0 within two minutes.</summary>
    public static async Task<string> RunAsync(string directoryKey, string script, string argument)
    {
        var start = new ProcessStartInfo("node", [script, argument])
        {
            WorkingDirectory = Directory(directoryKey),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = node.StandardError.ReadToEndAsync(timeout.Token);
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node {script} exited with {node.ExitCode}: {await stderr}");
        return await stdout;
    }
}

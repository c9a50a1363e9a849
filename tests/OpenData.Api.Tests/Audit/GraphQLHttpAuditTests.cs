using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using OpenData.Api.Tests.Hosting;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Audit;

/// <summary>
/// The GraphQL-over-HTTP spec's own conformance audit (npm graphql-http) against the real server.
/// Every MUST and SHOULD has to pass; a MAY is the server's choice.
/// </summary>
public sealed class GraphQLHttpAuditTests(LoopbackServer server, ITestOutputHelper output) : IClassFixture<LoopbackServer>
{
    [Fact]
    public async Task Server_PassesEveryMustAndShouldAudit()
    {
        var results = await RunAuditAsync(new Uri(server.BaseAddress, "/graphql"));

        foreach (var level in new[] { "MUST", "SHOULD", "MAY" })
        {
            var ofLevel = results.Where(r => r.Name.StartsWith(level, StringComparison.Ordinal)).ToList();
            output.WriteLine($"{level}: {ofLevel.Count(r => r.Status == "ok")} of {ofLevel.Count} pass");
        }

        var failures = results
            .Where(r => r.Status != "ok" && !r.Name.StartsWith("MAY", StringComparison.Ordinal))
            .Select(r => $"{r.Id} {r.Name}: {r.Reason}")
            .ToList();
        Assert.True(results.Count > 0, "The audit returned no results.");
        Assert.True(failures.Count == 0, "Failed audits:\n" + string.Join('\n', failures));
    }

    private static async Task<List<AuditResult>> RunAuditAsync(Uri endpoint)
    {
        var directory = typeof(GraphQLHttpAuditTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "AuditDirectory").Value!;
        var start = new ProcessStartInfo("node", ["audit.mjs", endpoint.ToString()])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = node.StandardError.ReadToEndAsync(timeout.Token);
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node audit.mjs exited with {node.ExitCode}: {await stderr}");
        return JsonSerializer.Deserialize<List<AuditResult>>(await stdout, JsonSerializerOptions.Web)!;
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}

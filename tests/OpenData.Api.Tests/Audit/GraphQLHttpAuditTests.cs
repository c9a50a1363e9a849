using System.Text.Json;
using OpenData.Api.Tests.Hosting;
using OpenData.Api.Tests.Support;
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

    private static async Task<List<AuditResult>> RunAuditAsync(Uri endpoint) =>
        JsonSerializer.Deserialize<List<AuditResult>>(await NodeScript.RunAsync("AuditDirectory", "audit.mjs", endpoint.ToString()), JsonSerializerOptions.Web)!;

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}

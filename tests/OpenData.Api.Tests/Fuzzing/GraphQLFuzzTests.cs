// Replaying a failure: each failing sample is printed with the seed CsCheck found it with and the shrunk
// request as a curl command (start the server with `dotnet run --project src/OpenData.Api` to paste it). To
// regenerate it here, run only that case:
//   FUZZ_SEED=<seed> FUZZ_VALID_CASES=1 dotnet test --filter Fuzz_ValidQueries
//   FUZZ_SEED=<seed> FUZZ_HOSTILE_KINDS=<kind> FUZZ_HOSTILE_CASES=1 dotnet test --filter Fuzz_HostileRequests
// (more cases after the seed go on shrinking it). The hostile set is sampled kind by kind (HostileKind), so one
// run reports every kind that fails; FUZZ_HOSTILE_KINDS=FragmentBomb,WideOr narrows it, e.g. to check a fix.
// The message ends with every distinct failure seen, each with its smallest request.
using System.Diagnostics;
using CsCheck;
using OpenData.Api.Tests.Fuzzing.Hostile;
using OpenData.Api.Tests.Fuzzing.Valid;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of /graphql with requests generated from the live schema: valid queries inside the
/// limits answer data without errors, and nothing (garbage, bombs, edge cases) gets a 5xx, a hang or a leak.
/// </summary>
public sealed class GraphQLFuzzTests(FuzzServer server, ITestOutputHelper output) : IClassFixture<FuzzServer>
{
    [Fact]
    public async Task Fuzz_ValidQueries_AnswerDataWithoutErrors()
    {
        var log = new FailureLog();
        var failure = await SampleAsync("valid", ValidRequests.Create(server.Schema), FuzzSettings.ValidCases, ResponseProperties.Valid, log);
        await ReportAsync(failure is null ? [] : [("valid", failure)], log);
    }

    [Fact]
    public async Task Fuzz_HostileRequests_NeverCrashHangOrLeak()
    {
        var log = new FailureLog();
        var kinds = HostileRequests.Kinds(FuzzSettings.HostileKinds);
        var failures = new List<(string Name, string Message)>();
        foreach (var kind in kinds)
        {
            var cases = Math.Max(1, FuzzSettings.HostileCases / kinds.Count);
            if (await SampleAsync(kind.ToString(), HostileRequests.Create(server.Schema, kind), cases, ResponseProperties.Hostile, log) is { } failure)
            {
                failures.Add((kind.ToString(), failure));
            }
        }

        await ReportAsync(failures, log);
    }

    /// <summary>Runs the cases through CsCheck, which shrinks a failure; returns its message, or null when all passed.</summary>
    private async Task<string?> SampleAsync(string name, Gen<FuzzRequest> requests, int cases, Action<FuzzRequest, FuzzResponse> property, FailureLog log)
    {
        var sent = 0;
        var failedAt = 0L;
        var clock = Stopwatch.StartNew();
        try
        {
            await requests.SampleAsync(
                async request =>
                {
                    // After a failure CsCheck spends the remaining cases shrinking it; on a server that is slow
                    // everywhere that could take minutes, so shrinking gets a time budget of its own.
                    if (Interlocked.Read(ref failedAt) is > 0 and var at && clock.ElapsedTicks - at > FuzzSettings.ShrinkTime.TotalSeconds * Stopwatch.Frequency)
                    {
                        return;
                    }

                    try
                    {
                        property(request, await server.SendAsync(request));
                        if (Interlocked.Increment(ref sent) % FuzzSettings.BatchSize == 0)
                        {
                            await server.AssertAliveAsync();
                        }
                    }
                    catch (FuzzFailureException failure)
                    {
                        Interlocked.CompareExchange(ref failedAt, Math.Max(1, clock.ElapsedTicks), 0);
                        log.Add(request, failure);
                        throw;
                    }
                },
                seed: FuzzSettings.Seed,
                iter: cases,
                print: request => request.Describe());
            output.WriteLine($"{name}: {cases:N0} cases passed in {clock.Elapsed.TotalSeconds:N1} s.");
            return null;
        }
        catch (CsCheckException e)
        {
            output.WriteLine($"{name}: failed after {clock.Elapsed.TotalSeconds:N1} s.");
            return $"{name}: {e.Message}\n   -> {e.InnerException?.Message}";
        }
    }

    private async Task ReportAsync(List<(string Name, string Message)> failures, FailureLog log)
    {
        await server.AssertAliveAsync();
        if (failures.Count > 0)
        {
            var shown = string.Join("\n\n", failures.Select(f => f.Message));
            throw new FuzzFailureException($"failing: {string.Join(", ", failures.Select(f => f.Name))}", $"\n\n{shown}\n\n{log.Describe(except: shown)}");
        }
    }
}

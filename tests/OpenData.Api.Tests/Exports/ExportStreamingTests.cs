using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Exports;

[CollectionDefinition(nameof(ExportStreamingTests), DisableParallelization = true)]
public sealed class HeapMeasuredAlone;

/// <summary>
/// An export is streamed: the memory it holds does not grow with its rows, whatever their number. The heap is the
/// process's, so this runs when no other test is.
/// </summary>
[Collection(nameof(ExportStreamingTests))]
public sealed class ExportStreamingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int SyntheticRows = 100_000;

    [Fact]
    public async Task HundredThousandRows_AreStreamed_WithTheHeapTheSameAtAQuarterAndThreeQuarters()
    {
        var connectionString = await TestDatabase.BuildNewAsync();
        await AddItemsAsync(connectionString, SyntheticRows);
        // Over Kestrel and a socket, as a download goes: the in-memory test server's pipe lets the writer run ahead of
        // a reader that stops to measure, which once showed 2 MB in flight at three quarters and said nothing of the export.
        await using var server = new StreamingServer(connectionString);
        await ((IAsyncLifetime)server).InitializeAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        // Once through first, so what the path keeps for good (pooled buffers, the prepared statement, compiled code)
        // is in the baseline and only what the download holds is measured.
        await using (var warm = await client.GetStreamAsync("/export/donation-items.csv"))
        {
            await warm.CopyToAsync(Stream.Null);
        }

        var before = await HeapAsync();
        using var response = await client.GetAsync("/export/donation-items.csv", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = 0;
        var held = new List<long>();
        while (await reader.ReadLineAsync() is { } line)
        {
            Assert.NotEmpty(line);
            lines++;
            if (lines is SyntheticRows / 4 or SyntheticRows * 3 / 4)
            {
                held.Add(await HeapAsync() - before);
            }
        }

        output.WriteLine($"Heap held beyond the start at a quarter and three quarters: {string.Join(", ", held)} bytes.");
        Assert.True(lines > SyntheticRows, $"{lines} lines read.");
        // Buffered whole, 100,000 rows would hold several megabytes (the rows, or the 7 MB of text) by the first quarter.
        Assert.True(held.TrueForAll(bytes => bytes < 2_000_000), $"Heap held beyond the start: {string.Join(", ", held)} bytes.");
        // Growth between the quarters is what buffering shows (a build that never flushes grew 1.75 MB); the heap may
        // also fall, when something of another test's that was held at the start is let go (on PostgreSQL, 1 MB once).
        Assert.True(held[1] - held[0] < 1_000_000, $"Heap at a quarter and three quarters: {string.Join(", ", held)} bytes.");
    }

    /// <summary>
    /// The process's heap after a full collection, the least of three readings a few milliseconds apart: the heap is
    /// the whole process's, and a reading can catch what another thread holds for an instant (a host of an earlier
    /// test shutting down, a timer's work), which once put 1.2 MB at three quarters of an export that holds 50 KB.
    /// What the download holds stays held between readings, so the least of them still shows it whole.
    /// </summary>
    private static async Task<long> HeapAsync()
    {
        var least = long.MaxValue;
        for (var reading = 0; reading < 3; reading++)
        {
            if (reading > 0)
            {
                await Task.Delay(15);
            }

            least = Math.Min(least, GC.GetTotalMemory(forceFullCollection: true));
        }

        return least;
    }

    private sealed class StreamingServer(string connectionString) : Hosting.LoopbackServer
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:OpenData", connectionString);
            builder.UseSetting("OutputCache:GraphQLSeconds", "0");
        }
    }

    private static async Task AddItemsAsync(string connectionString, int count)
    {
        await using var connection = TestDatabase.Connection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO "DonationItem" ("DonationId", "Description", "Quantity")
            SELECT (SELECT MIN("Id") FROM "Donations"), 'synthetic item made by the streaming test, number ' || i, i FROM n
            """;
        Assert.Equal(count, await command.ExecuteNonQueryAsync());
    }
}

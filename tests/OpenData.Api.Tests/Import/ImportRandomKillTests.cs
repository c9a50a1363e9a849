using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// A real import process SIGKILLed at random moments, round after round: each time the database is whole (integrity
/// check), holds either the old data or exactly what the import would have written, and the next import succeeds.
/// Most rounds replace a loaded term on a built database; every fourth is a first import into a new file, so kills
/// also land in the migration and its lock.
/// </summary>
public sealed class ImportRandomKillTests(ITestOutputHelper log) : IDisposable
{
    private const int Rounds = 20;
    private const int FreshEvery = 4;
    private static readonly TimeSpan _within = TimeSpan.FromSeconds(30);
    private readonly ImportFolder _folder = new();
    private readonly List<string> _databases = [];

    [SqliteFact]
    public async Task Import_KilledAtRandomMoments_LeavesOldOrNewDataWholeAndTheNextImportSucceeds()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        log.WriteLine($"seed {seed}");
        string[] reports = [_folder.Write("term-2-a", TermReports.Term("SEGUNDO", 310)), _folder.Write("term-2-b", TermReports.Term("SEGUNDO", 320))];
        // Two uninterrupted import processes: what a first import into a new file leaves, what a replacing import
        // over a loaded term takes, and how long an import usually runs (the faster: the first start is a cold one).
        var freshFile = NewDatabase();
        var freshDuration = await UninterruptedAsync(freshFile, reports[0]);
        var fresh = await DatabaseState.CaptureAsync(freshFile);
        var built = await TestDatabase.BuildFileAsync(NewFile());
        var duration = TimeSpan.FromTicks(Math.Min(freshDuration.Ticks, (await UninterruptedAsync(built, reports[0])).Ticks));
        log.WriteLine($"an uninterrupted import process: {duration.TotalMilliseconds:0} ms");

        var freshRounds = Rounds / FreshEvery;
        for (var round = 0; round < Rounds; round++)
        {
            // Stratified: each kind's rounds spread over the import's usual duration and a fifth more (so that some
            // kills come after the commit however busy the machine is), at a random moment within each slice.
            var isFresh = round % FreshEvery == FreshEvery - 1;
            var (slice, slices) = isFresh ? (round / FreshEvery, freshRounds) : (round - (round / FreshEvery), Rounds - freshRounds);
            var delay = duration * 1.2 * ((slice + random.NextDouble()) / slices);
            var what = $"round {round} (seed {seed}): killed after {delay.TotalMilliseconds:0} ms";
            var outcome = isFresh
                ? await KillFirstImportAsync(reports[0], delay, fresh, what)
                : await KillReplacingImportAsync(built, reports[(slice + 1) % 2], delay, what);
            log.WriteLine($"{what}, {(isFresh ? "new file" : "loaded term")}: {outcome}");
        }
    }

    public void Dispose()
    {
        _folder.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in _databases.SelectMany(f => new[] { f, f + "-wal", f + "-shm", f + "-journal", f + MigrationGate.Suffix }))
        {
            File.Delete(file);
        }
    }

    private async Task<string> KillReplacingImportAsync(string connectionString, string report, TimeSpan delay, string what)
    {
        var old = await DatabaseState.CaptureAsync(connectionString);
        // SQLite's backup, not a file copy: EF Core makes WAL databases, whose latest pages may still be in the -wal file.
        var copy = $"Data Source={NewFile()}";
        await using (var source = new SqliteConnection(connectionString))
        await using (var destination = new SqliteConnection(copy))
        {
            await source.OpenAsync();
            source.BackupDatabase(destination);
        }

        await KillAfterAsync(connectionString, report, delay);

        var killed = await DatabaseState.CaptureAsync(connectionString);
        Assert.True(await DatabaseState.IntegrityCheckAsync(connectionString) == "ok", what);
        Assert.True(await DatabaseState.MigrationLockRowsAsync(connectionString) == 0, $"{what}: an up-to-date database was locked");
        var next = (await ImportRun.RunAsync(connectionString, _within, report)).Succeeded();
        if (killed == old)
        {
            Assert.True(next.Output.Contains("replaced the period", StringComparison.Ordinal), $"{what}: {next.Output}");
            return "old data";
        }

        Assert.True(next.Output.Contains("already loaded", StringComparison.Ordinal), $"{what}: neither old nor loaded: {next.Output}");
        (await ImportRun.RunAsync(copy, _within, report)).Succeeded();
        var written = await DatabaseState.CaptureAsync(copy);
        Assert.True(killed == written, $"{what}: neither the old data nor what the import writes:\n{killed}\n{written}");
        return "new data";
    }

    private async Task<string> KillFirstImportAsync(string report, TimeSpan delay, DatabaseState fresh, string what)
    {
        var connectionString = NewDatabase();
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;

        await KillAfterAsync(connectionString, report, delay);

        var outcome = "no file";
        if (File.Exists(file))
        {
            var killed = await DatabaseState.CaptureAsync(connectionString);
            Assert.True(await DatabaseState.IntegrityCheckAsync(connectionString) == "ok", what);
            Assert.True(killed.Periods.Length == 0 || killed == fresh, $"{what}: neither empty nor what the import writes");
            var lockRows = await DatabaseState.MigrationLockRowsAsync(connectionString);
            outcome = (killed.Periods.Length == 0 ? "no data" : "new data") + (lockRows > 0 ? ", migration lock left behind" : string.Empty);
        }

        (await ImportRun.RunAsync(connectionString, _within, report)).Succeeded();
        Assert.True(fresh == await DatabaseState.CaptureAsync(connectionString), $"{what}: the next import did not leave what a first import leaves");
        return outcome;
    }

    private static async Task KillAfterAsync(string connectionString, string report, TimeSpan delay)
    {
        using var import = ImportProcess.Start(connectionString, report);
        await Task.Delay(delay);
        await import.KillAsync();
    }

    private static async Task<TimeSpan> UninterruptedAsync(string connectionString, string report)
    {
        var started = Stopwatch.StartNew();
        using var import = ImportProcess.Start(connectionString, report);
        (await import.ExitAsync()).Succeeded();
        return started.Elapsed;
    }

    private string NewDatabase()
    {
        var file = NewFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return string.Create(CultureInfo.InvariantCulture, $"Data Source={file}");
    }

    /// <summary>A database file for this test alone, deleted with the test: twenty rounds make many.</summary>
    private string NewFile()
    {
        var file = TestDatabase.NewFile();
        _databases.Add(file);
        return file;
    }
}

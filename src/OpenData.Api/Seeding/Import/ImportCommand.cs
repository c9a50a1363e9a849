using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Features.Periods;

namespace OpenData.Api.Seeding.Import;

/// <summary>
/// <c>import &lt;report.txt&gt;</c>: loads another term's report, with its curated file beside it, into the database.
/// The term comes from the report's title. Everything is checked before the database is touched, the load is one
/// transaction, and the same file twice changes nothing.
/// </summary>
public static class ImportCommand
{
    public const int Succeeded = 0;
    public const int Refused = 1;
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM before the commit: 128 + SIGINT, what a shell reports for Ctrl+C.</summary>
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, DatabaseSettings database, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [var path])
        {
            await error.WriteLineAsync($"Usage: OpenData.Api import <report.txt>  (with <report>{SeedFolder.CuratedSuffix} beside it)");
            return UsageError;
        }

        path = Path.GetFullPath(path);
        await using var db = database.CreateContext(ImportPauses.InMigrationLock(output));
        ImportInput input;
        bool replacing, loaded;
        try
        {
            input = await ImportInput.ReadAsync(path, cancellationToken);
            if (await DatabaseMigrator.MigrateAsync(db, DatabaseMigrator.LockTimeout, cancellationToken) is { } cleared)
            {
                await error.WriteLineAsync(cleared);
            }

            var code = Period.CodeFor(input.Report.Year, input.Report.Term);
            replacing = await db.Documents.AnyAsync(d => d.Period!.Code == code, cancellationToken);
            loaded = await ReportLoader.LoadAsync(
                db, input.Report, input.Curated, input.Text, Path.GetFileName(path), cancellationToken, ImportPauses.BeforeCommit(output));
        }
        // First: a cancelled SQLite command fails with SQLITE_INTERRUPT (a DbException, wrapped by EF when saving)
        // rather than OperationCanceledException, and the token stops everything short of the commit.
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Import cancelled: nothing was imported; the database is unchanged.");
            return Cancelled;
        }
        catch (ImportInputException ex)
        {
            return await RefuseAsync(error, ex.Message);
        }
        catch (MigrationLockException ex)
        {
            return await RefuseAsync(error, ex.Message);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or ReportFormatException or IOException)
        {
            return await RefuseAsync(error, $"{path}: {ex.Message}");
        }

        // Committed, or already there: a signal from here on is too late to stop anything, so the summary ignores it.
        await SummarizeAsync(db, input, replacing, loaded, output);
        return Succeeded;
    }

    private static async Task SummarizeAsync(OpenDataDbContext db, ImportInput input, bool replacing, bool loaded, TextWriter output)
    {
        var code = Period.CodeFor(input.Report.Year, input.Report.Term);
        var what = $"{code} from {input.Path} (sha256 {input.Report.Sha256})";
        if (!loaded)
        {
            await output.WriteLineAsync($"{what}: already loaded, nothing changed.");
            return;
        }

        var counts = await PeriodRowCounts.CountAsync(db, code, CancellationToken.None);
        await output.WriteLineAsync($"{what}: {(replacing ? "replaced the period" : "loaded")}, {counts.Sum(c => c.Rows)} rows.");
        foreach (var (collection, rows) in counts)
        {
            await output.WriteLineAsync($"  {collection}: {rows}");
        }
    }

    private static async Task<int> RefuseAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        await error.WriteLineAsync("Nothing was imported; the database is unchanged.");
        return Refused;
    }
}

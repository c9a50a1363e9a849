using System.Data.Common;
using System.Text;
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

    /// <summary>
    /// Test hook: when set to a file path, the import writes everything, prints "paused-before-commit", creates that
    /// file and waits to be killed instead of committing, so a test can show a killed import leaves no trace.
    /// </summary>
    public const string PauseBeforeCommitVariable = "OPENDATA_IMPORT_PAUSE_BEFORE_COMMIT";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, string connectionString, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [var path])
        {
            await error.WriteLineAsync($"Usage: OpenData.Api import <report.txt>  (with <report>{SeedFolder.CuratedSuffix} beside it)");
            return UsageError;
        }

        path = Path.GetFullPath(path);
        ImportInput input;
        try
        {
            input = await ImportInput.ReadAsync(path, cancellationToken);
        }
        catch (ImportInputException ex)
        {
            return await RefuseAsync(error, ex.Message);
        }

        try
        {
            return await LoadAsync(input, connectionString, output, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or ReportFormatException)
        {
            return await RefuseAsync(error, $"{path}: {ex.Message}");
        }
    }

    private static async Task<int> LoadAsync(ImportInput input, string connectionString, TextWriter output, CancellationToken cancellationToken)
    {
        await using var db = new OpenDataDbContext(DatabaseServiceExtensions.Options(connectionString));
        await db.Database.MigrateAsync(cancellationToken);
        var code = Period.CodeFor(input.Report.Year, input.Report.Term);
        var replacing = await db.Documents.AnyAsync(d => d.Period!.Code == code, cancellationToken);
        var fileName = Path.GetFileName(input.Path);
        var loaded = await ReportLoader.LoadAsync(
            db, input.Report, input.Curated, input.Text, fileName, cancellationToken, PauseBeforeCommit(output));
        var what = $"{code} from {input.Path} (sha256 {input.Report.Sha256})";
        if (!loaded)
        {
            await output.WriteLineAsync($"{what}: already loaded, nothing changed.");
            return Succeeded;
        }

        var counts = await PeriodRowCounts.CountAsync(db, code, cancellationToken);
        await output.WriteLineAsync($"{what}: {(replacing ? "replaced the period" : "loaded")}, {counts.Sum(c => c.Rows)} rows.");
        foreach (var (collection, rows) in counts)
        {
            await output.WriteLineAsync($"  {collection}: {rows}");
        }

        return Succeeded;
    }

    private static async Task<int> RefuseAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        await error.WriteLineAsync("Nothing was imported; the database is unchanged.");
        return Refused;
    }

    private static Func<CancellationToken, Task>? PauseBeforeCommit(TextWriter output)
    {
        var file = Environment.GetEnvironmentVariable(PauseBeforeCommitVariable);
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        return async cancellationToken =>
        {
            await output.WriteLineAsync("paused-before-commit");
            await output.FlushAsync(cancellationToken);
            await File.WriteAllTextAsync(file, "paused-before-commit", Encoding.UTF8, cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Seeding.Import;

/// <summary>
/// <c>migrate</c>: brings the database up to date once, before several instances start on it — applies the
/// migrations, loads every report in seed/ the database does not have yet, and exits. Instances started with
/// <c>Database:InitializeAtStartup=false</c> then only check that this was done.
/// </summary>
public static class MigrateCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, DatabaseInitializer initializer, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count != 0)
        {
            await error.WriteLineAsync("Usage: OpenData.Api migrate  (applies the migrations and loads seed/ into ConnectionStrings:OpenData, then exits)");
            return UsageError;
        }

        try
        {
            var loaded = await initializer.InitializeAsync(cancellationToken);
            await output.WriteLineAsync($"Database up to date: every migration applied, {loaded} report(s) of seed/ loaded.");
            return Succeeded;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Migrate cancelled: a migration or a report's load that had not committed was rolled back.");
            return ImportCommand.Cancelled;
        }
        catch (Exception ex) when (ex is MigrationLockException or DbException or DbUpdateException or ReportFormatException or IOException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Migrate failed: {ex.Message}");
            return Failed;
        }
    }
}

using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Seeding.Import;

/// <summary>
/// Test hooks, so a test can kill or signal a real import process at an exact point. Each variable is set to a file
/// path; at its point the import prints the point's name, creates that file and waits (a signal still cancels it).
/// </summary>
public static class ImportPauses
{
    /// <summary>After everything is written, just before the commit.</summary>
    public const string BeforeCommitVariable = "OPENDATA_IMPORT_PAUSE_BEFORE_COMMIT";

    /// <summary>Inside EF Core's migration lock, right after its row went into <c>__EFMigrationsLock</c> (so only when migrations are pending).</summary>
    public const string InMigrationLockVariable = "OPENDATA_IMPORT_PAUSE_IN_MIGRATION_LOCK";

    public static Func<CancellationToken, Task>? BeforeCommit(TextWriter output) =>
        Pause(BeforeCommitVariable, "paused-before-commit", output);

    /// <summary>An interceptor for the import's context when the hook is set; none otherwise.</summary>
    public static IEnumerable<IInterceptor> InMigrationLock(TextWriter output) =>
        Pause(InMigrationLockVariable, "paused-in-migration-lock", output) is { } pause ? [new AfterLockTaken(pause)] : [];

    private static Func<CancellationToken, Task>? Pause(string variable, string name, TextWriter output)
    {
        var file = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        return async cancellationToken =>
        {
            await output.WriteLineAsync(name);
            await output.FlushAsync(cancellationToken);
            await File.WriteAllTextAsync(file, name, Encoding.UTF8, cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
    }

    /// <summary>EF Core takes its SQLite migration lock with this INSERT, which returns 1 when the row went in.</summary>
    private sealed class AfterLockTaken(Func<CancellationToken, Task> pause) : DbCommandInterceptor
    {
        public override async ValueTask<object?> ScalarExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            if (result is 1L && command.CommandText.StartsWith("INSERT OR IGNORE INTO \"__EFMigrationsLock\"", StringComparison.Ordinal))
            {
                await pause(cancellationToken);
            }

            return result;
        }
    }
}

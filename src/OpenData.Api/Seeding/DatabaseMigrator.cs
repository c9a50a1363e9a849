using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Seeding;

/// <summary>
/// Applies pending migrations, for start-up and the import, without ever waiting forever on EF Core's SQLite
/// migration lock: a row in <c>__EFMigrationsLock</c>, taken outside any transaction and waited for with no timeout,
/// which a process killed while migrating leaves behind.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>How long to wait for another OpenData process that is migrating the same file (it takes well under a second).</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    private const string LockTable = "__EFMigrationsLock";

    /// <returns>What was done about a lock left behind by a process that is gone, for the log; null when there was none.</returns>
    /// <exception cref="MigrationLockException">Another process is migrating and did not finish within <paramref name="lockTimeout"/>.</exception>
    public static async Task<string?> MigrateAsync(OpenDataDbContext db, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL's migrator locks with the database's own locks, which end with the session that took them:
            // a killed migrator leaves nothing behind.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            return null;
        }

        // This reads __EFMigrationsHistory only (EF Core takes its lock in MigrateAsync alone), so a database that is up
        // to date is never locked: start-up and imports on it can neither wait on a lock nor leave one behind.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        if (!pending && !await HasLockRowAsync(db, cancellationToken))
        {
            return null;
        }

        var file = DatabaseFile(db);
        using var gate = await MigrationGate.EnterAsync(file, lockTimeout, cancellationToken);
        // Read again inside the gate: a migrator that was running when we looked has finished and removed its row.
        // A missing file holds no lock, and opening it would create it: EF Core must, to create it in WAL mode.
        var leftover = file is null || File.Exists(file) ? await DeleteLockRowAsync(db, cancellationToken) : null;
        if (pending)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return leftover is null
            ? null
            : $"{file}: cleared a migration lock (\"{LockTable}\", taken {leftover}) left by a process that stopped while migrating.";
    }

    private static string? DatabaseFile(OpenDataDbContext db)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    private static async Task<bool> HasLockRowAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        await HasLockTableAsync(db, cancellationToken)
        && await ScalarAsync(db, $"""SELECT EXISTS (SELECT 1 FROM "{LockTable}")""", cancellationToken) is 1L;

    /// <returns>The removed row's timestamp, or null when there was none.</returns>
    /// <remarks>
    /// Only inside the gate: there the row's holder is gone. (A migrator that does not take the gate, such as
    /// <c>dotnet ef database update</c>, must not be run against a file a server or an import is using.)
    /// </remarks>
    private static async Task<string?> DeleteLockRowAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        await HasLockTableAsync(db, cancellationToken)
            ? await ScalarAsync(db, $"""DELETE FROM "{LockTable}" RETURNING "Timestamp" """, cancellationToken) as string
            : null;

    private static async Task<bool> HasLockTableAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        await ScalarAsync(db, $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}')", cancellationToken) is 1L;

    private static async Task<object?> ScalarAsync(OpenDataDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenData.Api.Data;

namespace OpenData.Api.Seeding;

/// <summary>
/// Whether a database needs nothing at start-up: every migration applied, no migration lock left behind, and every
/// report of seed/ loaded by this loader. Three plain statements, so a warm start creates no EF Core context, and
/// builds no EF Core services, at all; anything else goes the full way (<see cref="DatabaseInitializer"/>).
/// </summary>
public static class WarmStart
{
    private static readonly Lazy<string[]> _migrations = new(() =>
    [
        .. typeof(OpenDataDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(OpenDataDbContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>(),
    ]);

    public static async Task<bool> IsCurrentAsync(string connectionString, IEnumerable<string> reportSha256s, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || !File.Exists(builder.DataSource))
        {
            return false;
        }

        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var history = Command(connection, """SELECT "MigrationId" FROM "__EFMigrationsHistory" """))
            await using (var reader = await history.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (!_migrations.Value.All(applied.Contains)
                || await ScalarAsync(connection, """SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock')""", cancellationToken) is 1L
                && await ScalarAsync(connection, """SELECT EXISTS (SELECT 1 FROM "__EFMigrationsLock")""", cancellationToken) is 1L)
            {
                return false;
            }

            foreach (var sha256 in reportSha256s)
            {
                await using var loaded = Command(connection, """SELECT EXISTS (SELECT 1 FROM "Documents" WHERE "Sha256" = @sha256 AND "LoaderVersion" = @version)""");
                loaded.Parameters.AddWithValue("@sha256", sha256);
                loaded.Parameters.AddWithValue("@version", ReportLoader.Version);
                if (await loaded.ExecuteScalarAsync(cancellationToken) is not 1L)
                {
                    return false;
                }
            }

            return true;
        }
        catch (SqliteException)
        {
            // No history table yet, a file that is not a database: the full way says what is wrong.
            return false;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// Everything a database of the run's provider holds, read without the app: the periods, each table's row count, the loaded
/// documents, and a SHA-256 over every row of every table. Two equal states mean nothing was written.
/// Opening a file that a killed process was writing rolls its transaction back, as the next import would.
/// A document's load time reads as whether it is set: two loads of the same report differ in nothing else.
/// </summary>
internal sealed record DatabaseState(string Periods, string Counts, string Documents, string RowsSha256)
{
    public static async Task<DatabaseState> CaptureAsync(string connectionString)
    {
        await using var connection = TestDatabase.Connection(connectionString);
        await connection.OpenAsync();
        var tables = await RowsAsync(connection, TestDatabase.IsPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\""
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var counts = new StringBuilder();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            // In an order of their own, the same whichever order the database keeps them in.
            var rows = (await RowsAsync(connection, $"SELECT * FROM \"{table}\"")).Order(StringComparer.Ordinal).ToList();
            counts.Append(table).Append('=').Append(rows.Count).Append(' ');
            foreach (var row in rows)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{table}|{row}\n"));
            }
        }

        // A database not migrated yet (a first import stopped early) has neither table: no periods, no documents.
        var periods = tables.Contains("Periods") ? await RowsAsync(connection, "SELECT \"Code\" FROM \"Periods\" ORDER BY \"Year\", \"Term\"") : [];
        var documents = tables.Contains("Documents") ? await RowsAsync(connection, "SELECT * FROM \"Documents\" ORDER BY \"Id\"") : [];
        return new DatabaseState(string.Join(", ", periods), counts.ToString().TrimEnd(), string.Join("\n", documents), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static async Task<string> IntegrityCheckAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return string.Join("\n", await RowsAsync(connection, "PRAGMA integrity_check"));
    }

    /// <summary>The rows of EF Core's SQLite migration lock: 1 while a migrator holds it, or after one died holding it.</summary>
    public static async Task<int> MigrationLockRowsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var hasTable = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE name = '__EFMigrationsLock'");
        return hasTable.Count == 0 ? 0 : int.Parse((await RowsAsync(connection, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""))[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Leaves the row EF Core's migrator inserts when it takes its lock, as a process killed holding it does.</summary>
    public static async Task LeaveMigrationLockRowAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-01 09:30:00.000+00:00');
            """;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Each row of the query as its cells joined by " | ".</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null"
                : reader.GetName(i) == "LoadedAt" ? "loaded"
                : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}

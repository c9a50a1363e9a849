using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// Everything a SQLite database holds, read without the app: the periods, each table's row count, the loaded
/// documents, and a SHA-256 over every row of every table. Two equal states mean nothing was written.
/// </summary>
internal sealed record DatabaseState(string Periods, string Counts, string Documents, string RowsSha256)
{
    public static async Task<DatabaseState> CaptureAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var counts = new StringBuilder();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            var rows = await RowsAsync(connection, $"SELECT * FROM \"{table}\" ORDER BY rowid");
            counts.Append(table).Append('=').Append(rows.Count).Append(' ');
            foreach (var row in rows)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{table}|{row}\n"));
            }
        }

        var periods = await RowsAsync(connection, "SELECT \"Code\" FROM \"Periods\" ORDER BY \"Year\", \"Term\"");
        var documents = await RowsAsync(connection, "SELECT * FROM \"Documents\" ORDER BY \"Id\"");
        return new DatabaseState(string.Join(", ", periods), counts.ToString().TrimEnd(), string.Join("\n", documents), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static async Task<string> IntegrityCheckAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return string.Join("\n", await RowsAsync(connection, "PRAGMA integrity_check"));
    }

    /// <summary>Each row of the query as its cells joined by " | ".</summary>
    private static async Task<List<string>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}

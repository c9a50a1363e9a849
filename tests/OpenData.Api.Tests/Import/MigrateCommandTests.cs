using System.Net;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// Several instances on one database: `migrate` prepares it once, and instances started with
/// Database:InitializeAtStartup=false only check that it was done — serving when it was, refusing to start when not.
/// </summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_PreparesTheDatabaseOnce_ThenAnInstanceThatOnlyChecks_Serves()
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings:OpenData"] = TestDatabase.NewConnectionString() };

        var (exitCode, output) = await ServerProcess.RunAsync(settings, "migrate");
        Assert.True(exitCode == 0, output);
        Assert.Contains("Database up to date: every migration applied, 1 report(s) of seed/ loaded.", output, StringComparison.Ordinal);
        // Again: nothing to do, and it says the same.
        (exitCode, output) = await ServerProcess.RunAsync(settings, "migrate");
        Assert.True(exitCode == 0, output);
        Assert.Contains("Database up to date", output, StringComparison.Ordinal);

        settings["Database:InitializeAtStartup"] = "false";
        await using var server = ServerProcess.Start(settings);
        using var client = new HttpClient { BaseAddress = server.Address };
        await server.WaitUntilReadyAsync(client);
        var data = await client.QueryAsync("{ department(code: \"17\") { name } }");
        Assert.Equal("Petén", data.GetProperty("department").Str("name"));
        Assert.Contains("checked, not migrated", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInstanceThatOnlyChecks_OnADatabaseNotMigrated_ExitsNamingTheMigrateCommand()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:OpenData"] = await EmptyDatabaseAsync(),
            ["Database:InitializeAtStartup"] = "false",
        };

        var (exitCode, output) = await ServerProcess.RunAsync(settings);

        Assert.True(exitCode == 1, $"exit {exitCode}: {output}");
        Assert.Contains("run `OpenData.Api migrate` once with the same settings", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithArguments_IsAUsageError()
    {
        var (exitCode, output) = await ServerProcess.RunAsync(
            new Dictionary<string, string> { ["ConnectionStrings:OpenData"] = TestDatabase.NewConnectionString() }, "migrate", "now");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: OpenData.Api migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_LiveAnswersAlways_ReadyFollowsTheDatabase_NeitherIsCached()
    {
        var cs = await TestDatabase.BuildNewAsync();
        await using var app = new OpenDataFactory().WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:OpenData", cs));
        using var client = app.CreateClient();

        using (var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Contains("no-store", live.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Equal("Healthy", Json(await live.Content.ReadAsStringAsync()).Str("status"));
        }

        var ready = await ReadyAsync(client);
        Assert.Equal((HttpStatusCode.OK, "Healthy", "Healthy"), ready);

        // The reports' table gone: the database no longer answers the query the server depends on.
        await ExecuteAsync(cs, """ALTER TABLE "Documents" RENAME TO "DocumentsAway" """);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy", "Unhealthy"), await ReadyAsync(client));
        using (var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await ExecuteAsync(cs, """ALTER TABLE "DocumentsAway" RENAME TO "Documents" """);
        Assert.Equal((HttpStatusCode.OK, "Healthy", "Healthy"), await ReadyAsync(client));
    }

    private static async Task<(HttpStatusCode Status, string Overall, string Database)> ReadyAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Contains("no-store", ready.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var json = Json(await ready.Content.ReadAsStringAsync());
        return (ready.StatusCode, json.Str("status"), json.GetProperty("checks").GetProperty("database").Str("status"));
    }

    private static System.Text.Json.JsonElement Json(string text)
    {
        using var document = System.Text.Json.JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>A database that exists and holds nothing: no table, no migration.</summary>
    private static async Task<string> EmptyDatabaseAsync()
    {
        var cs = TestDatabase.NewConnectionString();
        if (TestDatabase.IsPostgres)
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(cs);
            var name = builder.Database!;
            builder.Database = "postgres";
            await ExecuteAsync(builder.ConnectionString, $"CREATE DATABASE \"{name}\"");
        }
        else
        {
            await ExecuteAsync(cs, """CREATE TABLE "Unrelated" ("Id" INTEGER)""");
        }

        return cs;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = TestDatabase.Connection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

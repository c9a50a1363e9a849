using OpenData.Api.Caching;
using OpenData.Api.Data;
using OpenData.Api.Exports;
using OpenData.Api.GraphQL;
using OpenData.Api.GraphQL.Http;
using OpenData.Api.GraphQL.Ide;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Persisted;
using OpenData.Api.Hosting;
using OpenData.Api.Querying;
using OpenData.Api.Seeding;
using OpenData.Api.Seeding.Import;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAppSettingsBesideTheApp(builder.Environment);
if (args is ["import", .. var importArgs])
{
    var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
    using var signals = new ImportSignals(Console.Error);
    return await ImportCommand.RunAsync(importArgs, database, Console.Out, Console.Error, signals.Token);
}

if (args is ["migrate", .. var migrateArgs])
{
    builder.Services.AddOpenDataDatabase(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddSeeding(builder.Configuration, builder.Environment.ContentRootPath);
    await using var migrator = builder.Build();
    using var signals = new ImportSignals(Console.Error);
    return await MigrateCommand.RunAsync(
        migrateArgs, migrator.Services.GetRequiredService<DatabaseInitializer>(), Console.Out, Console.Error, signals.Token);
}

builder.Services.AddOpenDataDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSeeding(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddQueryEngine(builder.Configuration, builder.Environment.ContentRootPath);
if (builder.Environment.IsDevelopment())
{
    builder.Services.AddSingleton<ISqlObserver, SqlLog>();
}

builder.Services.AddOpenDataGraphQL(builder.Configuration);
builder.Services.AddGraphQLHttp();
builder.Services.AddOpenDataCaching(builder.Configuration);
builder.Services.AddExports(builder.Configuration);
builder.Services.AddOpenDataHealth();

var app = builder.Build();
app.UseMiddleware<RequestLog>();
var warmUp = app.WarmUpGraphQLAsync();
try
{
    await app.InitializeDatabaseAsync();
}
catch (DatabaseNotReadyException notReady)
{
    await Console.Error.WriteLineAsync(notReady.Message);
    return 1;
}

await app.Services.GetRequiredService<RowStatistics>().RefreshAsync(app.Lifetime.ApplicationStopping);
// The server starts listening while the schema may still be building on the other core: a request that comes
// first waits for it here, rather than for the listener, the hosted services and its own path's first run.
app.Use((context, next) => warmUp.IsCompleted ? next(context) : AfterWarmUpAsync(context, next));
// Any origin may read the data (public, anonymous, no credentials); refusals below carry the CORS headers too.
app.UseCors();
app.UseGraphQLRequestGates("/graphql");
app.UseGraphQLRequestGates("/export");
app.MapGraphQLHttp("/graphql").CacheOutput(CachingExtensions.GraphQLPolicy);
app.MapExports("/export");
app.MapPersistedDocumentList("/queries", "/graphql");
app.UseGraphQLIde("/graphql");
// After the IDE's branch, which ends there: its files keep their own Cache-Control and never enter this cache.
app.UseDataVersionStamp();
app.UseOutputCache();
app.UseMiddleware<HttpValidation>();
app.MapFrontDoor();
app.MapHealth();
await app.StartAsync();
await warmUp;
// What start-up left behind (a cold start's import through EF Core, the schema's build, the warm-up queries) is
// garbage from here on: collected and given back to the system now, the process serves at the size it keeps.
GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
await app.WaitForShutdownAsync();
return 0;

async Task AfterWarmUpAsync(HttpContext context, RequestDelegate next)
{
    await warmUp;
    await next(context);
}

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can reach it from the tests.</summary>
public partial class Program;

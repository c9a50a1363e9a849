using OpenData.Api.Caching;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.GraphQL.Http;
using OpenData.Api.GraphQL.Ide;
using OpenData.Api.Seeding;
using OpenData.Api.Seeding.Import;

var builder = WebApplication.CreateBuilder(args);
if (args is ["import", .. var importArgs])
{
    var connectionString = DatabaseServiceExtensions.ConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
    using var signals = new ImportSignals(Console.Error);
    return await ImportCommand.RunAsync(importArgs, connectionString, Console.Out, Console.Error, signals.Token);
}

builder.Services.AddOpenDataDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSeeding(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddOpenDataGraphQL();
builder.Services.AddGraphQLHttp();
builder.Services.AddOpenDataCaching(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.MapGraphQLHttp("/graphql").CacheOutput(CachingExtensions.GraphQLPolicy);
app.UseGraphQLIde("/graphql");
// After the IDE's branch, which ends there: its files keep their own Cache-Control and never enter this cache.
app.UseOutputCache();
app.Run();
return 0;

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can reach it from the tests.</summary>
public partial class Program;

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
    return await ImportCommand.RunAsync(importArgs, connectionString, Console.Out, Console.Error);
}

builder.Services.AddOpenDataDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSeeding(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddOpenDataGraphQL();
builder.Services.AddGraphQLHttp();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.MapGraphQLHttp("/graphql");
app.UseGraphQLIde("/graphql");
app.Run();
return 0;

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can reach it from the tests.</summary>
public partial class Program;

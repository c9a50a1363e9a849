using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.GraphQL.Http;
using OpenData.Api.GraphQL.Ide;
using OpenData.Api.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenDataDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSeeding(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddOpenDataGraphQL();
builder.Services.AddGraphQLHttp();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.MapGraphQLHttp("/graphql");
app.UseGraphQLIde("/graphql");
app.Run();

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can reach it from the tests.</summary>
public partial class Program;

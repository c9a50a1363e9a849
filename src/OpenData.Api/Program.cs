using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenDataDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSeeding(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddOpenDataGraphQL();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can reach it from the tests.</summary>
public partial class Program;

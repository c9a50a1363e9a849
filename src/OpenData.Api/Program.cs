using OpenData.Api.GraphQL.Http;
using OpenData.Api.GraphQL.Ide;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDevSchema();
builder.Services.AddGraphQLHttp();

var app = builder.Build();
app.MapGraphQLHttp("/graphql");
app.UseGraphQLIde("/graphql");
app.Run();

/// <summary>Entry point, public so WebApplicationFactory&lt;Program&gt; can reach it from the tests.</summary>
public partial class Program;

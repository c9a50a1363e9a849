using System.Text;

// The content root is the build output, so appsettings.json (logging at Warning) is read from whatever directory
// the benchmark starts it in.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var app = builder.Build();

const int BodyBytes = 200;
const string Prefix = "{\"data\":{\"bare\":\"";
const string Suffix = "\"}}";
var body = Encoding.UTF8.GetBytes(Prefix + new string('x', BodyBytes - Prefix.Length - Suffix.Length) + Suffix);

// Every method and path gets the same answer; the request body is read whole first, as the GraphQL endpoint does,
// so a POST costs here what it costs there before any GraphQL work starts.
app.Run(async context =>
{
    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
    context.Response.StatusCode = StatusCodes.Status200OK;
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body, context.RequestAborted);
});

app.Run();

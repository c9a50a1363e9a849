using System.Text;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Hosting;

/// <summary>
/// <c>GET /</c> and <c>HEAD /</c>: what this is and where everything is, as a page for browsers (<c>text/html</c>, any
/// type or no Accept at all) or as JSON for programs (<c>application/json</c>); any other Accept is a 406.
/// </summary>
public static class FrontDoor
{
    public const string Path = "/";

    private static readonly TimeSpan _fresh = TimeSpan.FromMinutes(5);
    private static readonly byte[] _notAcceptable = Encoding.UTF8.GetBytes(
        "406: esta página se sirve como text/html o application/json; pida uno de ellos en Accept.\n"
        + "406: this page is served as text/html or application/json; ask for one of them in Accept.\n");

    /// <remarks>
    /// The page is rendered from the database when the output cache has none, and kept five minutes, as browsers are
    /// told to keep it: after an import, the new report shows within that.
    /// </remarks>
    public static IEndpointConventionBuilder MapFrontDoor(this WebApplication app)
    {
        var engine = app.Services.GetRequiredService<QueryEngine>();
        var catalog = app.Services.GetRequiredService<Catalog>();
        return app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], async context =>
        {
            var response = context.Response;
            response.Headers.Vary = HeaderNames.Accept;
            var mediaType = FrontDoorNegotiation.Choose(context.Request.GetTypedHeaders().Accept);
            if (mediaType is null)
            {
                response.StatusCode = StatusCodes.Status406NotAcceptable;
                await WriteAsync(context, "text/plain; charset=utf-8", _notAcceptable);
                return;
            }

            var content = await FrontDoorContent.ReadAsync(engine, catalog, context.RequestAborted);
            var body = mediaType == FrontDoorNegotiation.Html
                ? Encoding.UTF8.GetBytes(FrontDoorPage.Render(content))
                : FrontDoorJson.Render(content);
            response.Headers.CacheControl = $"public, max-age={(int)_fresh.TotalSeconds}";
            await WriteAsync(context, $"{mediaType}; charset=utf-8", body);
        }).CacheOutput(policy => policy.Expire(_fresh).SetVaryByHeader(HeaderNames.Accept));
    }

    // A HEAD answer says what GET would send, without sending it.
    private static Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body).AsTask();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OpenData.Api.GraphQL.Http;

namespace OpenData.Api.GraphQL.Persisted;

/// <summary>
/// <c>GET /queries</c>: the saved queries as JSON (<c>id</c>, <c>sha256</c>, <c>title</c> in Spanish and English,
/// <c>url</c>, <c>query</c>), or as a page of links for a browser. URLs are relative to the server, so the list is the
/// same behind any host name or proxy and says nothing a Host header could change.
/// </summary>
internal static class QueryList
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        // Read by people as often as by programs: "Petén", not "Pet\u00E9n".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private static readonly HtmlEncoder _html = HtmlEncoder.Create(UnicodeRanges.All);

    public static Task WriteAsync(HttpContext context, PersistedDocumentLibrary library, string graphQLPath)
    {
        var prefix = $"{context.Request.PathBase}{graphQLPath}?documentId=";
        var entries = library.Documents.Select(d => new Entry(d.Id, d.Sha256Id, new Title(d.TitleEs, d.TitleEn), prefix + Uri.EscapeDataString(d.Id), d.Query));
        var response = context.Response;
        // They change only with a new version of the server.
        response.Headers.CacheControl = "public, max-age=300";
        response.Headers.Vary = "Accept";
        if (GraphQLMediaTypes.PrefersHtml(context.Request.GetTypedHeaders().Accept))
        {
            response.ContentType = "text/html; charset=utf-8";
            return response.WriteAsync(Html(entries), context.RequestAborted);
        }

        return response.WriteAsJsonAsync(entries, _json, GraphQLMediaTypes.Json, context.RequestAborted);
    }

    private static string Html(IEnumerable<Entry> entries)
    {
        var page = new StringBuilder("<!doctype html>\n<html lang=\"es\">\n<meta charset=\"utf-8\">\n<title>Consultas guardadas · Saved queries</title>\n<h1>Consultas guardadas · Saved queries</h1>\n<ol>\n");
        foreach (var entry in entries)
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{_html.Encode(entry.Url)}\">{_html.Encode(entry.Title.Es)}</a><br>{_html.Encode(entry.Title.En)}\n<pre>{_html.Encode(entry.Query)}</pre></li>\n");
        }

        return page.Append("</ol>\n</html>\n").ToString();
    }

    private sealed record Entry(string Id, string Sha256, Title Title, string Url, string Query);

    private sealed record Title(string Es, string En);
}

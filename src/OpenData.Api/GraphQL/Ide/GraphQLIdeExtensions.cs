using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace OpenData.Api.GraphQL.Ide;

/// <summary>
/// Serves Banana Cake Pop, self-hosted and offline, under <c>{path}/</c>. Its files, with our
/// bcp-config.json, are copied from npm into <c>graphql-ide/</c> of the build output by OpenData.Api.csproj.
/// </summary>
public static class GraphQLIdeExtensions
{
    private const string ImmutableAssets = "public, max-age=31536000, immutable";

    /// <summary>
    /// Banana Cake Pop 18 shows an "is now Nitro! Switch to Nitro" banner until this cookie is set (it sets it itself
    /// when the banner is closed). Its settings file has no option for it; the IDE is pinned here and the banner's
    /// link leaves the site, so its page sets the cookie, for the IDE's own path only (no API request carries it).
    /// </summary>
    private const string BannerDismissed = "chillicream_bcp_legacy_info_shown=true; Path=/graphql/; Max-Age=31536000; SameSite=Lax";

    /// <summary>
    /// A branch of middleware, not an endpoint: routing ignores a trailing slash, so an endpoint at
    /// <c>{path}/</c> could not be told apart from the GraphQL endpoint at <c>{path}</c>.
    /// </summary>
    public static IApplicationBuilder UseGraphQLIde(this IApplicationBuilder app, string path = "/graphql")
    {
        var root = Path.Combine(AppContext.BaseDirectory, "graphql-ide");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            throw new InvalidOperationException($"The GraphQL IDE is missing from {root}; build OpenData.Api (it runs npm ci in src/OpenData.Api/Ide).");
        }

        var files = new PhysicalFileProvider(root);
        return app.MapWhen(
            context => context.Request.Path.StartsWithSegments(path, out var rest) && rest.HasValue,
            ide =>
            {
                // Static files skip requests that matched an endpoint, and {path}/ matches the GraphQL one.
                ide.Use(next => context =>
                {
                    context.SetEndpoint(null);
                    return next(context);
                });
                ide.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
                ide.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path, OnPrepareResponse = SetCacheControl });
            });
    }

    /// <summary>
    /// Only files under static/ carry a content hash in their name. Everything else, including the
    /// cache-first service worker, must be revalidated or an upgraded IDE would never reach browsers.
    /// </summary>
    private static void SetCacheControl(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.CacheControl = context.Context.Request.Path.Value?.Contains("/static/", StringComparison.Ordinal) == true ? ImmutableAssets : "no-cache";
        if (context.File.Name == "index.html")
        {
            headers.SetCookie = BannerDismissed;
        }
    }
}

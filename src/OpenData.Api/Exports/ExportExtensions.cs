using OpenData.Api.Caching;

namespace OpenData.Api.Exports;

public static class ExportExtensions
{
    /// <summary>The exports, derived from the schema's entities; <c>Limits:ExportSeconds</c> (default 60) bounds one download.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Limits:ExportSeconds", 60.0);
        if (seconds <= 0)
        {
            throw new InvalidOperationException($"Limits:ExportSeconds must be more than 0 (is {seconds}).");
        }

        services.AddSingleton(new ExportOptions(TimeSpan.FromSeconds(seconds)));
        services.AddSingleton<ExportCatalog>();
        services.AddSingleton<ExportArguments>();
        services.AddSingleton<ExportEndpoint>();
        services.AddSingleton<DataPackage>();
        return services;
    }

    /// <summary><c>GET /export/datapackage.json</c>, <c>/export/{name}.csv</c> and <c>.json</c>, cached as GraphQL answers are (and evicted with them on a data change).</summary>
    public static void MapExports(this IEndpointRouteBuilder endpoints, string prefix = "/export")
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods($"{prefix}/datapackage.json", methods, (HttpContext context) =>
                context.RequestServices.GetRequiredService<DataPackage>().WriteAsync(context))
            .CacheOutput(CachingExtensions.ExportPolicy);
        // A plain request delegate: a handler with route parameters would have ASP.NET Core's request delegate factory
        // compile expression trees (and set up form binding) on every start.
        endpoints.MapMethods($"{prefix}/{{name}}.{{format}}", methods, context =>
                context.RequestServices.GetRequiredService<ExportEndpoint>().HandleAsync(
                    context, (string)context.Request.RouteValues["name"]!, (string)context.Request.RouteValues["format"]!))
            .CacheOutput(CachingExtensions.ExportPolicy);
    }
}

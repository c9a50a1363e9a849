using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Data;

public static class DatabaseServiceExtensions
{
    /// <summary>
    /// The database: a SQLite file by default ("ConnectionStrings:OpenData"), built from seed/ on first start.
    /// A factory rather than one scoped context, because GraphQL.NET resolves sibling fields in parallel.
    /// </summary>
    public static IServiceCollection AddOpenDataDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ConnectionString(configuration, contentRoot);
        // Interceptors registered in DI (the tests' SQL capture, say) see every command.
        // Pooled: every resolver takes a short-lived context, so reusing them saves their set-up per request.
        services.AddPooledDbContextFactory<OpenDataDbContext>((provider, options) =>
            options.UseSqlite(connectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
        return services;
    }

    /// <summary>"ConnectionStrings:OpenData", or opendata.db in the content root; the import command uses the same.</summary>
    public static string ConnectionString(IConfiguration configuration, string contentRoot) =>
        configuration.GetConnectionString("OpenData") ?? $"Data Source={Path.Combine(contentRoot, "opendata.db")}";

    public static DbContextOptions<OpenDataDbContext> Options(string connectionString, params IEnumerable<IInterceptor> interceptors) =>
        new DbContextOptionsBuilder<OpenDataDbContext>().UseSqlite(connectionString).AddInterceptors(interceptors).Options;
}

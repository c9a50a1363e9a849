using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Data;

public static class DatabaseServiceExtensions
{
    /// <summary>
    /// The database: a SQLite file by default ("ConnectionStrings:OpenData"), built from seed/ on first start.
    /// A factory rather than one scoped context, because GraphQL.NET resolves sibling fields in parallel.
    /// </summary>
    public static IServiceCollection AddOpenDataDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("OpenData")
            ?? $"Data Source={Path.Combine(contentRoot, "opendata.db")}";
        // Interceptors registered in DI (the tests' SQL capture, say) see every command.
        services.AddDbContextFactory<OpenDataDbContext>((provider, options) =>
            options.UseSqlite(connectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
        return services;
    }
}

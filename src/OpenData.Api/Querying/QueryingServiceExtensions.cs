using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying;

public static class QueryingServiceExtensions
{
    /// <summary>
    /// The query engine on the app's database: the catalog of tables read from the EF Core model once, the
    /// dialect, and the statement time limit <c>Limits:SqlCommandTimeoutSeconds</c> (default 5).
    /// </summary>
    public static IServiceCollection AddQueryEngine(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = DatabaseSettings.From(configuration, contentRoot);
        var timeout = configuration.GetValue("Limits:SqlCommandTimeoutSeconds", 5.0);
        if (timeout <= 0)
        {
            throw new InvalidOperationException($"Limits:SqlCommandTimeoutSeconds must be more than 0 (is {timeout}).");
        }

        // The compiled model, through a context: its type mappings need EF Core's services, which a context starts.
        services.AddSingleton(provider => Catalog.From(provider.GetRequiredService<IDbContextFactory<OpenDataDbContext>>()));
        // From a factory, so the container disposes it, closing the connections it keeps open.
        services.AddSingleton<SqlDialect>(_ => database.Provider == DatabaseProvider.Postgres
            ? new PostgresDialect(database.ConnectionString)
            : new SqliteDialect(database.ConnectionString));
        services.AddSingleton(new QueryEngineOptions(TimeSpan.FromSeconds(timeout)));
        services.AddSingleton<QueryEngine>();
        return services;
    }
}

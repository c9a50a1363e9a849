using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Data;

/// <summary>Which database engine holds the data: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file, built from seed/ on first start: one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several instances on one database.</summary>
    Postgres,
}

/// <summary>
/// The database a process uses: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) and
/// <c>ConnectionStrings:OpenData</c>. The server, the import and the migrate command read the same two settings.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "Database:Provider";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ProviderOf(configuration[ProviderSetting]);
        var connectionString = configuration.GetConnectionString("OpenData");
        if (connectionString is null && provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                $"{ProviderSetting} is Postgres, so ConnectionStrings:OpenData must name the server (Host=…;Database=…;Username=…).");
        }

        return new(provider, connectionString ?? $"Data Source={Path.Combine(contentRoot, "opendata.db")}");
    }

    public static DatabaseProvider ProviderOf(string? setting) => setting switch
    {
        null or "" => DatabaseProvider.Sqlite,
        _ when setting.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        _ when setting.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || setting.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"{ProviderSetting} must be Sqlite or Postgres (is \"{setting}\")."),
    };

    /// <summary>A context of its own, outside the server's pool: the import and the migrate command.</summary>
    public OpenDataDbContext CreateContext(params IEnumerable<IInterceptor> interceptors)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresOpenDataDbContext>();
            Configure(postgres, interceptors);
            return new PostgresOpenDataDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<OpenDataDbContext>();
        Configure(sqlite, interceptors);
        return new OpenDataDbContext(sqlite.Options);
    }

    /// <summary>The provider and its connection on a builder; the same for the server's pool and lone contexts.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, IEnumerable<IInterceptor> interceptors)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString);
        }

        options.AddInterceptors(interceptors);
        return options;
    }
}

public static class DatabaseServiceExtensions
{
    /// <summary>
    /// The database of <see cref="DatabaseSettings"/>. A factory rather than one scoped context, because GraphQL.NET
    /// resolves sibling fields in parallel. The rest of the app asks for <c>IDbContextFactory&lt;OpenDataDbContext&gt;</c>
    /// whichever the provider: PostgreSQL's context is a subclass, so that each provider has its own migrations.
    /// </summary>
    public static IServiceCollection AddOpenDataDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(settings);
        // Interceptors registered in DI (the tests' SQL capture, say) see every command.
        // Pooled: every resolver takes a short-lived context, so reusing them saves their set-up per request.
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddPooledDbContextFactory<PostgresOpenDataDbContext>((provider, options) =>
                settings.Configure(options, provider.GetServices<IInterceptor>()));
            services.AddSingleton<IDbContextFactory<OpenDataDbContext>>(provider =>
                new Upcast(provider.GetRequiredService<IDbContextFactory<PostgresOpenDataDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<OpenDataDbContext>((provider, options) =>
                settings.Configure(options, provider.GetServices<IInterceptor>()));
        }

        return services;
    }

    /// <summary>A SQLite context's options: the tests' own databases.</summary>
    public static DbContextOptions<OpenDataDbContext> Options(string connectionString, params IEnumerable<IInterceptor> interceptors) =>
        new DbContextOptionsBuilder<OpenDataDbContext>().UseSqlite(connectionString).AddInterceptors(interceptors).Options;

    private sealed class Upcast(IDbContextFactory<PostgresOpenDataDbContext> inner) : IDbContextFactory<OpenDataDbContext>
    {
        public OpenDataDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<OpenDataDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}

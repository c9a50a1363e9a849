using Microsoft.Net.Http.Headers;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Caching;

/// <summary>
/// Output caching of GraphQL responses, in memory. The data only changes when a report is loaded, often by the
/// import command in another process, so entries are evicted when <see cref="DataVersionWatcher"/> sees that happen.
/// </summary>
public static class CachingExtensions
{
    /// <summary>The named output cache policy of the GraphQL endpoint: <c>.CacheOutput(GraphQLPolicy)</c>.</summary>
    public const string GraphQLPolicy = "GraphQL";

    /// <summary>The same for the exports, which vary by their query string alone.</summary>
    public const string ExportPolicy = "Export";

    public static IServiceCollection AddOpenDataCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = CacheSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(HttpCacheSettings.From(configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DataVersion>();
        services.AddOutputCache(options =>
        {
            options.SizeLimit = settings.SizeLimitBytes;
            var asked = settings.KeepFirstAnswers ? null : new SecondRequestFilter();
            options.AddPolicy(GraphQLPolicy, new GraphQLCachePolicy(settings.GraphQLExpiration, asked));
            options.AddPolicy(ExportPolicy, new GraphQLCachePolicy(settings.GraphQLExpiration, asked, byHeaders: false));
        });
        if (configuration[RedisCache.Setting] is { Length: > 0 } redis)
        {
            RedisCache.AddRedisStore(services, services.AddHealthChecks(), redis, configuration.GetValue("OutputCache:RedisInstanceName", "opendata:")!);
        }

        DataCacheStore.Decorate(services);
        services.AddSingleton(provider => new DataVersionSource(
            new QueryEngine(provider.GetRequiredService<SqlDialect>(), [], provider.GetRequiredService<QueryEngineOptions>()),
            provider.GetRequiredService<Catalog>(),
            provider.GetRequiredService<SqlDialect>()));
        services.AddHostedService<DataVersionWatcher>();
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Age, HeaderNames.RetryAfter, HeaderNames.ContentDisposition, HeaderNames.LastModified, HttpValidation.DataVersionHeader)
            .SetPreflightMaxAge(TimeSpan.FromSeconds(configuration.GetValue("Cors:PreflightMaxAgeSeconds", 86400)))));
        return services;
    }
}

/// <summary>
/// <c>OutputCache:GraphQLSeconds</c> (default 300; 0 turns caching off) and <c>OutputCache:DataVersionPollSeconds</c>
/// (default 2; fractions allowed), the longest a changed database goes unnoticed; <c>OutputCache:SizeLimitMegabytes</c>
/// (default 32), the answers kept in memory in all, least recently used evicted first (ASP.NET Core's own default
/// is 100 MB); <c>OutputCache:KeepFirstAnswers</c> (default false) keeps an answer the first time it is asked for
/// rather than the second (<see cref="GraphQLCachePolicy"/>).
/// </summary>
public sealed record CacheSettings(TimeSpan GraphQLExpiration, TimeSpan PollInterval, long SizeLimitBytes, bool KeepFirstAnswers)
{
    public static CacheSettings From(IConfiguration configuration)
    {
        var expiration = configuration.GetValue("OutputCache:GraphQLSeconds", 300.0);
        var poll = configuration.GetValue("OutputCache:DataVersionPollSeconds", 2.0);
        var megabytes = configuration.GetValue("OutputCache:SizeLimitMegabytes", 32.0);
        if (expiration < 0 || poll <= 0 || megabytes <= 0)
        {
            throw new InvalidOperationException(
                $"OutputCache:GraphQLSeconds must be 0 or more (is {expiration}), OutputCache:DataVersionPollSeconds more than 0 (is {poll}) and OutputCache:SizeLimitMegabytes more than 0 (is {megabytes}).");
        }

        return new CacheSettings(TimeSpan.FromSeconds(expiration), TimeSpan.FromSeconds(poll), (long)(megabytes * 1024 * 1024),
            configuration.GetValue("OutputCache:KeepFirstAnswers", false));
    }
}

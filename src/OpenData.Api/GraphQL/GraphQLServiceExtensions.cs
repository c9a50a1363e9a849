using GraphQL.Types;
using OpenData.Api.GraphQL.Batching;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Schema;
using OpenData.Api.GraphQL.Sorting;

namespace OpenData.Api.GraphQL;

public static class GraphQLServiceExtensions
{
    /// <summary>
    /// The schema, derived from every entity definition in this assembly; the translators from its arguments to
    /// the query model; and the per-request batch loaders.
    /// </summary>
    public static IServiceCollection AddOpenDataGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = RequestLimits.From(configuration);
        services.AddSingleton(limits);
        services.AddSingleton(limits.Filters);
        services.AddSingleton<RowStatistics>();
        services.AddSingleton<CostAnalysis>();
        services.AddScoped<ArgumentPlans>();

        var definitions = typeof(EntityDefinition).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(EntityDefinition)));
        foreach (var definition in definitions)
        {
            services.AddSingleton(typeof(EntityDefinition), definition);
        }

        services.AddSingleton<EntityRegistry>();
        services.AddSingleton<FilterTranslator>();
        services.AddSingleton<OrderTranslator>();
        services.AddScoped<BatchLoaders>();
        services.AddSingleton<ISchema, OpenDataSchema>();
        return services;
    }

    /// <summary>
    /// Builds the schema and runs one query through the whole GraphQL pipeline, serializer included, so the first
    /// request pays for neither. Started beside the database's start-up work, it runs on the other core.
    /// </summary>
    public static Task WarmUpGraphQLAsync(this WebApplication app) => Task.Run(async () =>
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        await using var scope = app.Services.CreateAsyncScope();
        var result = await app.Services.GetRequiredService<global::GraphQL.IDocumentExecuter>().ExecuteAsync(new global::GraphQL.ExecutionOptions
        {
            Schema = schema,
            Query = "{ __typename }",
            RequestServices = scope.ServiceProvider,
        });
        await app.Services.GetRequiredService<global::GraphQL.IGraphQLTextSerializer>().WriteAsync(Stream.Null, result);
    });
}

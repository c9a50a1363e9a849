using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Persisted;

namespace OpenData.Api.GraphQL.Http;

/// <summary>Wires GraphQL over HTTP into the composition root.</summary>
public static class GraphQLHttpExtensions
{
    /// <summary>
    /// Registers GraphQL.NET's executer and System.Text.Json serializer, the saved queries, plus the HTTP endpoint.
    /// The <c>ISchema</c> is the caller's to register.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ClientRateLimiter>();
        services.AddSingleton<DocumentCache>();
        services.AddGraphQL(graphQL => graphQL
            // Responses are served as JSON, never inlined into HTML, so there is no reason to escape
            // the report's Spanish text ("Educación") or quotes into \uXXXX sequences.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddSerializer<OpenDataGraphQLSerializer>()
            .AddErrorInfoProvider<GraphQLErrorInfoProvider>()
            .AddOpenDataPersistedDocuments()
            .ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>())
            .AddDocumentListener<ExpensiveRequestGate>()
            // Sibling fields run one after another: batch loaders still gather a level's keys into one statement, and
            // a request does not fan out into tasks and thread hops that cost more than its short statements.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query));
        // Every query is scanned and its shape checked before GraphQL.NET validates it.
        services.AddSingleton<IDocumentBuilder, LimitedDocumentBuilder>();
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return services;
    }

    /// <summary>Serves GraphQL at <paramref name="pattern"/> for every method; the endpoint answers 405 itself.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
}

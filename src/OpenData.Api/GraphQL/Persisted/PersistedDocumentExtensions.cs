using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using Lifetime = global::GraphQL.DI.ServiceLifetime;

namespace OpenData.Api.GraphQL.Persisted;

/// <summary>Wires the saved queries into GraphQL.NET and the composition root.</summary>
public static class PersistedDocumentExtensions
{
    /// <summary>
    /// GraphQL.NET's persisted documents (the GraphQL-over-HTTP <c>documentId</c>), with ad-hoc queries still allowed:
    /// the saved ones are a convenience to share, not an allow-list. Short ids have no prefix, so they are allowed
    /// beside <c>sha256:</c>, whose payload GraphQL.NET checks is 64 lower-case hex digits.
    /// </summary>
    public static IGraphQLBuilder AddOpenDataPersistedDocuments(this IGraphQLBuilder builder)
    {
        builder.Services.Register<PersistedDocumentLibrary>(Lifetime.Singleton);
        builder.Services.Register<IPersistedDocumentLoader>(provider => provider.GetRequiredService<PersistedDocumentLibrary>(), Lifetime.Singleton);
        return builder.UsePersistedDocuments(options =>
        {
            options.AllowOnlyPersistedDocuments = false;
            options.AllowedPrefixes.Add(null);
        });
    }

    /// <summary>Lists the saved queries at <paramref name="pattern"/>, each with its URL under <paramref name="graphQLPath"/>.</summary>
    public static IEndpointConventionBuilder MapPersistedDocumentList(this IEndpointRouteBuilder endpoints, string pattern = "/queries", string graphQLPath = "/graphql") =>
        endpoints.MapGet(pattern, context => QueryList.WriteAsync(context, context.RequestServices.GetRequiredService<PersistedDocumentLibrary>(), graphQLPath));
}

using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace OpenData.Api.Tests.Http;

/// <summary>
/// A schema owned by the tests, for what the published schema does not have (it has no mutations)
/// and should never have (a field that throws).
/// </summary>
internal sealed class EndpointTestSchema : Schema
{
    public const string SecretMessage = "connection string Password=hunter2";

    public EndpointTestSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ok").Resolve(_ => "fine");
        query.Field<StringGraphType>("broken").Resolve(_ => throw new InvalidOperationException(SecretMessage));
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("touch").Resolve(_ => "touched");
        Mutation = mutation;
    }

    public static WebApplicationFactory<Program> Use(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddSingleton<ISchema, EndpointTestSchema>()));
}

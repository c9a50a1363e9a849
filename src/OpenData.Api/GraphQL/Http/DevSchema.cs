using GraphQL;
using GraphQL.Types;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// Stand-in schema so the HTTP endpoint and the IDE can be developed before the real schema lands.
/// Deleted when OpenDataSchema is merged; tests do not depend on its fields.
/// </summary>
internal sealed class DevSchema : Schema
{
    public DevSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "Hola, Guatemala");
        query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret detail"));
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("echo")
            .Argument<StringGraphType>("text")
            .Resolve(context => context.GetArgument<string>("text"));
        Mutation = mutation;
    }
}

/// <summary>Keeps Program.cs free of usings that would be left unused when DevSchema is deleted.</summary>
internal static class DevSchemaExtensions
{
    public static IServiceCollection AddDevSchema(this IServiceCollection services) =>
        services.AddSingleton<ISchema, DevSchema>();
}

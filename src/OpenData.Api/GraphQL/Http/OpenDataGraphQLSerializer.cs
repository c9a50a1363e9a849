namespace OpenData.Api.GraphQL.Http;

/// <summary>GraphQL.NET's System.Text.Json serializer, with its effective options readable for writing to a buffer.</summary>
internal sealed class OpenDataGraphQLSerializer(System.Text.Json.JsonSerializerOptions options, global::GraphQL.Execution.IErrorInfoProvider errors)
    : global::GraphQL.SystemTextJson.GraphQLSerializer(options, errors)
{
    public System.Text.Json.JsonSerializerOptions Options => SerializerOptions;
}

using GraphQL;

namespace OpenData.Api.GraphQL.Http;

/// <summary>One GraphQL request as carried by a GET query string or a POST JSON body.</summary>
internal sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    bool IsGet);

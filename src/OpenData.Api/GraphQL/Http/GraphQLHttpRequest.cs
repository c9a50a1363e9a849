using GraphQL;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// One GraphQL request as carried by a GET query string or a POST JSON body: a document's text, or the id of a saved
/// one (never both).
/// </summary>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    bool IsGet);

using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// GET must be safe (a link or a prefetch can trigger it), so only queries may run over GET.
/// Checked as a validation rule so the document is parsed once and the operation is chosen by
/// GraphQL.NET's own operationName logic.
/// </summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(context.Document.Source, context.Operation));
        }

        return default;
    }
}

/// <summary>Reported by <see cref="QueryOnlyOverGetRule"/>; the endpoint answers it with 405.</summary>
internal sealed class HttpMethodValidationError : ValidationError
{
    public HttpMethodValidationError(ROM source, ASTNode operation)
        : base(source, null, "Only query operations can be sent with GET; use POST for mutations.", operation)
    {
        Code = "METHOD_NOT_ALLOWED";
    }
}

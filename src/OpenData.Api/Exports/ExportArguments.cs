using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.Api.Exports;

/// <summary>
/// Reads <c>?where=</c> and <c>?order=</c> as the values of the collection's own GraphQL arguments: GraphQL.NET
/// coerces and checks them as it does a query's variables, so an export accepts exactly what the same GraphQL
/// field accepts and refuses the rest with GraphQL's own message.
/// </summary>
public sealed class ExportArguments(ISchema schema, IDocumentValidator validator, IGraphQLTextSerializer serializer)
{
    private readonly ConcurrentDictionary<string, (GraphQLDocument Document, GraphQLOperationDefinition Operation, GraphQLField Field)> _documents = new();

    /// <returns>The field's arguments as its resolver would see them, or the message saying why they are refused.</returns>
    public async Task<(IDictionary<string, ArgumentValue>? Arguments, string? Error)> ReadAsync(
        Export export, string? where, string? order, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (where is null && order is null)
        {
            return (null, null);
        }

        Inputs variables;
        try
        {
            variables = Variables(where, order);
        }
        catch (JsonException e)
        {
            return (null, $"?where= and ?order= take JSON, as a GraphQL variable would: {e.Message}");
        }

        var (document, operation, field) = _documents.GetOrAdd(export.Collection!, Parse);
        var result = await validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Variables = variables,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        if (!result.IsValid)
        {
            return (null, string.Join(" ", result.Errors.Select(e => e.Message)));
        }

        return (result.ArgumentValues?.GetValueOrDefault(field), null);
    }

    private Inputs Variables(string? where, string? order)
    {
        var json = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            if (where is not null)
            {
                writer.WritePropertyName("where");
                writer.WriteRawValue(where);
            }

            if (order is not null)
            {
                writer.WritePropertyName("order");
                writer.WriteRawValue(order);
            }

            writer.WriteEndObject();
        }

        return serializer.Deserialize<Inputs>(Encoding.UTF8.GetString(json.WrittenSpan)) ?? Inputs.Empty;
    }

    private (GraphQLDocument, GraphQLOperationDefinition, GraphQLField) Parse(string collection)
    {
        var arguments = schema.Query.GetField(collection)?.Arguments
            ?? throw new InvalidOperationException($"The schema has no root field {collection}.");
        var whereType = TypeText(arguments.Find("where")!.ResolvedType!);
        var orderType = TypeText(arguments.Find("order")!.ResolvedType!);
        var document = GraphQLParser.Parser.Parse(
            $"query Export($where: {whereType}, $order: {orderType}) {{ {collection}(where: $where, order: $order) {{ totalCount }} }}");
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return (document, operation, (GraphQLField)operation.SelectionSet.Selections[0]);
    }

    private static string TypeText(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeText(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + TypeText(list.ResolvedType!) + "]",
        _ => type.Name,
    };
}

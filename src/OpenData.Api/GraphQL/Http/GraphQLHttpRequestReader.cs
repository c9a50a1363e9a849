using System.Text.Json;
using GraphQL;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// Reads a GraphQL request from a GET query string or a POST <c>application/json</c> body, with its document's text in
/// <c>query</c> or a saved document's id in <c>documentId</c> (the spec's persisted document request).
/// Anything malformed becomes a <see cref="BadHttpRequestException"/> carrying the status code and
/// a message meant for the client, the same exception Kestrel throws for bodies it cannot read:
/// text that is not valid Unicode, and variables nested past <c>Limits:MaxNesting</c>, included.
/// </summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer, Limits.RequestLimits limits)
{
    // Generous for the parser; the variables' own nesting is checked against the limit after parsing.
    private static readonly JsonDocumentOptions _jsonOptions = new() { MaxDepth = 256 };

    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request)
    {
        try
        {
            return HttpMethods.IsGet(request.Method) ? ReadQueryString(request.Query) : await ReadBodyAsync(request);
        }
        catch (Exception e) when (IsInvalidText(e))
        {
            // System.Text.Json refuses to read a lone UTF-16 surrogate (\ud800) or invalid UTF-8 as a string.
            throw new RefusedRequestException(new ExecutionError(
                "The request has text that is not valid Unicode (a lone UTF-16 surrogate such as \\ud800, or bytes that are not UTF-8).")
            { Code = "INVALID_TEXT" });
        }
    }

    private GraphQLHttpRequest ReadQueryString(IQueryCollection query) =>
        Request(
            SingleValue(query, "query"),
            SingleValue(query, "documentId"),
            SingleValue(query, "operationName"),
            ParseMap(SingleValue(query, "variables"), "variables"),
            ParseMap(SingleValue(query, "extensions"), "extensions"),
            isGet: true);

    private async Task<GraphQLHttpRequest> ReadBodyAsync(HttpRequest request)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(request.ContentType))
        {
            throw new BadHttpRequestException(
                $"POST requests must have Content-Type: {GraphQLMediaTypes.Json} (UTF-8).",
                StatusCodes.Status415UnsupportedMediaType);
        }

        using var document = await ParseJsonAsync(request);
        var body = document.RootElement;
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("The request body must be a JSON object; batched requests are not supported.");
        }

        return Request(
            ReadString(body, "query"),
            ReadString(body, "documentId"),
            ReadString(body, "operationName"),
            ReadMap(body, "variables"),
            ReadMap(body, "extensions"),
            isGet: false);
    }

    /// <summary>
    /// Reads the body whole, up to <c>Limits:MaxBodyBytes</c> (Kestrel enforces the same limit as the body streams in;
    /// this holds it under any server), and parses it.
    /// </summary>
    private async Task<JsonDocument> ParseJsonAsync(HttpRequest request)
    {
        var body = new MemoryStream();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                if (body.Length + read > limits.MaxBodyBytes)
                {
                    throw new RefusedRequestException(
                        new Limits.LimitError("PAYLOAD_TOO_LARGE", "Limits:MaxBodyBytes", limits.MaxBodyBytes, null, $"The request body has more than {limits.MaxBodyBytes} bytes (Limits:MaxBodyBytes)."),
                        StatusCodes.Status413PayloadTooLarge);
                }

                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        try
        {
            return JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length), _jsonOptions);
        }
        catch (JsonException e)
        {
            // System.Text.Json's message says what and where (line, byte), never anything about the server.
            throw BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>System.Text.Json's refusal to read a lone UTF-16 surrogate (\ud800) or invalid UTF-8 as a string, however wrapped.</summary>
    private static bool IsInvalidText(Exception e) =>
        e is InvalidOperationException && e.Message.Contains("UTF", StringComparison.Ordinal)
        || (e.InnerException is { } inner && IsInvalidText(inner));

    private static string? SingleValue(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw BadRequest($"The '{name}' parameter must be given at most once."),
        };
    }

    /// <summary>An empty parameter is one not given, as the spec says of GET's optional parameters.</summary>
    private static GraphQLHttpRequest Request(string? query, string? documentId, string? operationName, Inputs? variables, Inputs? extensions, bool isGet) =>
        (string.IsNullOrWhiteSpace(query), string.IsNullOrEmpty(documentId)) switch
        {
            (false, false) => throw BadRequest("The request has both 'query' and 'documentId': send a document's text or the id of a saved one, not both."),
            (true, true) => throw BadRequest("The 'query' parameter is required. A saved query is asked for by its 'documentId' instead (GET /queries lists them)."),
            (false, true) => new(query, null, operationName, variables, extensions, isGet),
            (true, false) => new(null, documentId, operationName, variables, extensions, isGet),
        };

    private static string? ReadString(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw BadRequest($"The '{name}' parameter must be a string."),
        };

    private Inputs? ParseMap(string? json, string name)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, _jsonOptions);
            return ToInputs(document.RootElement, name);
        }
        catch (JsonException e)
        {
            throw BadRequest($"The '{name}' parameter is not valid JSON: {e.Message}");
        }
    }

    private Inputs? ReadMap(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? ToInputs(value, name) : null;

    private Inputs? ToInputs(JsonElement value, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                if (Depth(value) > limits.MaxNesting)
                {
                    throw new RefusedRequestException(new Limits.LimitError(
                        "NESTING_TOO_DEEP", "Limits:MaxNesting", limits.MaxNesting, Depth(value), $"The '{name}' parameter nests objects and lists {Depth(value)} deep; at most {limits.MaxNesting} are allowed (Limits:MaxNesting)."));
                }

                // JSON allows a name twice in one object; GraphQL.NET's reader would fail on it as a server error.
                if (RepeatedName(value) is { } repeated)
                {
                    throw BadRequest($"The '{name}' parameter could not be read: it names '{repeated}' more than once in one object.");
                }

                try
                {
                    return serializer.ReadNode<Inputs>(value);
                }
                catch (JsonException e) when (!IsInvalidText(e))
                {
                    throw BadRequest($"The '{name}' parameter could not be read: {e.Message}");
                }
            default:
                throw BadRequest($"The '{name}' parameter must be a JSON object.");
        }
    }

    /// <summary>How deep objects and arrays nest in a value: 0 for a scalar.</summary>
    private static int Depth(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => 1 + value.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + value.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>The first name that an object in the value has twice, or null.</summary>
    private static string? RepeatedName(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in value.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        return property.Name;
                    }

                    if (RepeatedName(property.Value) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (RepeatedName(item) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static BadHttpRequestException BadRequest(string message) =>
        new(message, StatusCodes.Status400BadRequest);
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>Valid queries as HTTP requests, over POST or GET, with either response type the server negotiates.</summary>
public static class ValidRequests
{
    public static readonly string?[] Accepts =
        ["application/graphql-response+json", "application/json", null, "application/graphql-response+json, application/json;q=0.9", "*/*"];

    // Both encodings are valid JSON: one escapes every non-ASCII character, the other sends it as UTF-8.
    private static readonly JsonSerializerOptions[] _encodings =
        [new() { Encoder = JavaScriptEncoder.Default }, new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }];

    public static Gen<FuzzRequest> Create(IntrospectedSchema schema) =>
        new FunctionGen<FuzzRequest>(rng => ToRequest(QueryGenerator.Generate(schema, rng), rng), r => r.Size);

    private static FuzzRequest ToRequest(GeneratedQuery query, Rng rng)
    {
        var accept = rng.Pick(Accepts);
        if (rng.Chance(0.15))
        {
            var parameters = new List<string> { $"query={Uri.EscapeDataString(query.Document)}" };
            if (query.Variables.Count > 0)
            {
                parameters.Add($"variables={Uri.EscapeDataString(query.Variables.ToJsonString())}");
            }

            if (query.OperationName is not null)
            {
                parameters.Add($"operationName={query.OperationName}");
            }

            return FuzzRequest.Get("valid", string.Join('&', rng.Shuffle(parameters)), accept);
        }

        var body = new JsonObject { ["query"] = query.Document };
        if (query.Variables.Count > 0 || rng.Chance(0.2))
        {
            body["variables"] = query.Variables.DeepClone();
        }

        if (query.OperationName is not null)
        {
            body["operationName"] = query.OperationName;
        }

        return FuzzRequest.Post("valid", Encoding.UTF8.GetBytes(body.ToJsonString(rng.Pick(_encodings))), accept);
    }
}

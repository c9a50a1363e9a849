using System.Text;
using System.Text.Json.Nodes;
using OpenData.Api.Tests.Fuzzing.Schema;
using OpenData.Api.Tests.Fuzzing.Valid;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>What a hostile generator draws on: the random source, valid queries to spoil and the schema's collections.</summary>
public sealed class HostileContext(IntrospectedSchema schema, IReadOnlyList<Target> targets, Rng rng)
{
    public Rng Rng => rng;

    public IntrospectedSchema Schema => schema;

    public Target Target() => rng.Pick(targets);

    /// <summary>A valid query as a payload whose parts can be spoiled one at a time.</summary>
    public HostilePayload ValidPayload()
    {
        var query = QueryGenerator.Generate(schema, rng);
        return new HostilePayload(query.Document, query.Variables.Count > 0 ? query.Variables.ToJsonString() : null, query.OperationName);
    }

    /// <summary>A valid query's POST body, as bytes.</summary>
    public byte[] ValidBody()
    {
        var query = QueryGenerator.Generate(schema, rng);
        var body = new JsonObject { ["query"] = query.Document, ["variables"] = query.Variables.DeepClone(), ["operationName"] = query.OperationName };
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    /// <summary>A number between the bounds, rounded down so the body stays under about 100 KB.</summary>
    public int Count(int min, int max, int bytesEach) => Math.Min(rng.Skewed(min, max), Math.Max(min, 100_000 / Math.Max(1, bytesEach)));
}

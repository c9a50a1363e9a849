using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>A root collection the bombs aim at: its filter, its filterable numbers and a cheap selection.</summary>
public sealed record Target(
    string Field, string FilterType, string Leaf, IReadOnlyList<string> IntFilters, IReadOnlyList<string> DecimalFilters, IReadOnlyList<string> GroupBy);

/// <summary>The root collections of the introspected schema, found by their arguments rather than by name.</summary>
public static class Targets
{
    public static IReadOnlyList<Target> Of(IntrospectedSchema schema)
    {
        var targets = new List<Target>();
        foreach (var field in schema.Query.Fields.Where(f => f.Arg("where") is not null && f.Arg("first") is not null))
        {
            var filter = schema.TypeOf(field.Arg("where")!.Type);
            var connection = schema.TypeOf(field.Type);
            var leaf = connection.Fields.FirstOrDefault(f => schema.TypeOf(f.Type).Kind == TypeKind.Scalar)?.Name ?? "__typename";
            var grouped = connection.Field("groupedAggregates")?.Arg("groupBy");
            targets.Add(new Target(
                field.Name,
                filter.Name,
                leaf,
                Operands(schema, filter, "Int"),
                Operands(schema, filter, "Decimal"),
                grouped is null ? [] : schema.TypeOf(grouped.Type).EnumValues));
        }

        return targets;
    }

    // The filter's fields whose operators compare with a scalar of this name (their `eq` has that type).
    private static List<string> Operands(IntrospectedSchema schema, SchemaType filter, string scalar) =>
        [.. filter.InputFields.Where(f => schema.TypeOf(f.Type) is { Kind: TypeKind.InputObject } operations
            && operations.InputField("eq")?.Type.NamedType == scalar).Select(f => f.Name)];
}

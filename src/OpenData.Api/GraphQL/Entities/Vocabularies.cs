using GraphQL.Types;

namespace OpenData.Api.GraphQL.Entities;

/// <summary>
/// The closed lists of names that rows about other rows' figures hold (a totals cell's collection and field), as
/// GraphQL enums derived from the entity definitions: a new collection or column joins them with no more code.
/// </summary>
public static class Vocabularies
{
    /// <summary>The GraphQL enum value for a name: "budgetLines" is BUDGET_LINES, "childrenServed" CHILDREN_SERVED.</summary>
    public static string EnumName(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));

    public static EnumerationGraphType Collections(EntityRegistry registry)
    {
        var type = new EnumerationGraphType { Name = "FigureCollection", Description = "A root collection whose rows print figures, named as its root field is; the value for budgetLines is BUDGET_LINES." };
        foreach (var definition in Printing(registry))
        {
            type.Add(EnumName(definition.CollectionName), definition.CollectionName, $"{definition.CollectionName}: {definition.CollectionDescription}");
        }

        return type;
    }

    public static EnumerationGraphType Fields(EntityRegistry registry)
    {
        var type = new EnumerationGraphType { Name = "FigureField", Description = "A field that prints figures in one or more collections, named as the field is; the value for childrenServed is CHILDREN_SERVED." };
        var fields = Printing(registry)
            .SelectMany(d => d.Scalars.Where(s => s.IsMeasure).Select(s => (Field: s, d.CollectionName)))
            .GroupBy(f => f.Field.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            type.Add(EnumName(field.Key), field.Key, $"{field.Key}. " + string.Join(" ", field.Select(f => $"In {f.CollectionName}: {f.Field.Description}")));
        }

        return type;
    }

    /// <summary>The collections with figures of their own, leaving out those whose rows name other rows' figures.</summary>
    private static IEnumerable<EntityDefinition> Printing(EntityRegistry registry) =>
        registry.All
            .Where(d => d.Scalars.Any(s => s.IsMeasure) && d.Scalars.All(s => s.Vocabulary is null))
            .OrderBy(d => d.CollectionName, StringComparer.Ordinal);
}

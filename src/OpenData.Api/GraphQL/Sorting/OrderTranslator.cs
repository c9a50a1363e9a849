using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Sorting;

/// <summary>
/// Turns an `order` argument into sort keys, through to-one links. Text sorts by its folded form (so "Álta" sits
/// with "Alta"); blanks come last in both directions and the id is always the final key, so pages are stable.
/// </summary>
public sealed class OrderTranslator(EntityRegistry registry)
{
    public IReadOnlyList<SortKey> Order(EntityDefinition definition, IEnumerable<object?>? order)
    {
        var keys = new List<SortKey>();
        foreach (var item in order ?? [])
        {
            if (item is IDictionary<string, object?> map)
            {
                Collect(definition, [], map, keys);
            }
        }

        return keys;
    }

    private void Collect(EntityDefinition definition, IReadOnlyList<ToOneLink> path, IDictionary<string, object?> map, List<SortKey> keys)
    {
        foreach (var (name, value) in map)
        {
            if (definition.Scalars.FirstOrDefault(s => s.Name == name) is { } scalar)
            {
                keys.Add(new SortKey(path, scalar.Compared, value is SortDirection.Descending));
            }
            else if (definition.Relations.FirstOrDefault(r => r.Name == name) is ReferenceField reference
                && value is IDictionary<string, object?> nested)
            {
                Collect(registry.For(reference.TargetType), [.. path, reference.Link], nested, keys);
            }
            else
            {
                throw new FilterException("INVALID_ORDER", $"{definition.TypeName} cannot be ordered by \"{name}\".");
            }
        }
    }
}

/// <summary>The direction of a sort key.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>One thing rows are grouped by: a scalar field's value, or a link's foreign key (shown as the linked row).</summary>
public sealed record GroupKeyPart(string Name, ScalarField? Scalar, ReferenceField? Reference)
{
    public static IReadOnlyList<GroupKeyPart> All(EntityDefinition definition) =>
    [
        .. definition.Relations.OfType<ReferenceField>().Select(r => new GroupKeyPart(r.Name, null, r)),
        .. definition.Scalars.Select(s => new GroupKeyPart(s.Name, s, null)),
    ];

    /// <summary>The column grouped by: the foreign key of a link, the stored value (not the folded copy) of a scalar.</summary>
    public Column Column => Reference?.Link.ForeignKey ?? Scalar!.Column;

    /// <summary>The GraphQL enum value that names the key: "department" is DEPARTMENT, "childrenServed" CHILDREN_SERVED.</summary>
    public string EnumName => ConstantCase(Name);

    /// <summary>A field's name as a GraphQL enum value names it: "childrenServed" is CHILDREN_SERVED.</summary>
    public static string ConstantCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}

using System.Linq.Expressions;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>One thing rows are grouped by: a scalar field's value, or a link's foreign key (shown as the linked row).</summary>
public sealed record GroupKeyPart(string Name, LambdaExpression Selector, ReferenceField? Reference)
{
    public static IReadOnlyList<GroupKeyPart> All(EntityDefinition definition) =>
    [
        .. definition.Relations.OfType<ReferenceField>().Select(r => new GroupKeyPart(r.Name, r.ForeignKey, r)),
        .. definition.Scalars.Select(s => new GroupKeyPart(s.Name, s.Selector, null)),
    ];

    /// <summary>The GraphQL enum value that names the key: "department" is DEPARTMENT, "childrenServed" CHILDREN_SERVED.</summary>
    public string EnumName => string.Concat(Name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}

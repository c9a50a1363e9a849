using System.Linq.Expressions;
using GraphQL.Types;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Entities;

/// <summary>The kinds of scalar a field can have; each has its own filter operators.</summary>
public enum ScalarKind
{
    Count,
    Number,
    Text,
    Date,
    Boolean,
    Enum,
}

/// <summary>A scalar column of an entity exposed in the schema, filterable and sortable.</summary>
public sealed class ScalarField
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required LambdaExpression Selector { get; init; }
    public required ScalarKind Kind { get; init; }
    public required bool IsNullable { get; init; }
    /// <summary>Reads the field from a row; a printed figure may rewrite how the value is served, never what it is.</summary>
    public required Func<object, object?> Getter { get; set; }

    /// <summary>The entity property the field reads.</summary>
    public required string Property { get; init; }

    /// <summary>The shadow property with the folded (lower-case, accent-free) copy of a text field, if it has one.</summary>
    public string? FoldedProperty { get; init; }

    /// <summary>
    /// For a text column that names a collection, a field or a measure: builds the enum of the names it can hold
    /// from the registry, once every entity is known. The registry sets <see cref="GraphType"/> from it.
    /// </summary>
    public Func<EntityRegistry, global::GraphQL.Types.EnumerationGraphType>? Vocabulary { get; init; }

    /// <summary>The GraphQL type to expose the field as, where the scalar kind alone does not say it (enums).</summary>
    public IGraphType? GraphType { get; set; }

    public Type ValueType => Selector.ReturnType;

    /// <summary>Whether sums, averages, minima and maxima of the field mean something (not for line numbers or years).</summary>
    public bool IsMeasure { get; set; }

    /// <summary>
    /// For a figure of a view that mixes counts with amounts and rates, the property holding its row's
    /// <see cref="Features.Common.FigureKind"/>: the getter reads it, so a narrowed SELECT keeps it, and aggregates
    /// read it too.
    /// </summary>
    public string? KindProperty { get; set; }

    /// <summary>The column, bound at start-up from the model.</summary>
    public Column Column { get; internal set; } = null!;

    /// <summary>The column of <see cref="KindProperty"/>, bound at start-up from the model.</summary>
    public Column? KindColumn { get; internal set; }

    /// <summary>The column filters and sorts compare: the folded copy for text, else the column itself.</summary>
    public Column Compared { get; internal set; } = null!;
}

/// <summary>A link from an entity to another: one row (a foreign key) or many (rows whose key points back).</summary>
public abstract class RelationField
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required Type TargetType { get; init; }
}

/// <summary>A to-one link: the entity holds the target's id.</summary>
public sealed class ReferenceField : RelationField
{
    public required LambdaExpression ForeignKey { get; init; }
    public required string ForeignKeyProperty { get; init; }
    public required string NavigationProperty { get; init; }
    public required bool IsNullable { get; init; }

    /// <summary>The link, bound at start-up from the model.</summary>
    public ToOneLink Link { get; internal set; } = null!;
}

/// <summary>A to-many link: target rows whose foreign key holds this entity's id.</summary>
public sealed class CollectionField : RelationField
{
    public required string TargetForeignKeyProperty { get; init; }

    /// <summary>The link, bound at start-up from the model.</summary>
    public ToManyLink Link { get; internal set; } = null!;
}

/// <summary>A field shown on the object type only (a list of texts, say): not filterable or sortable.</summary>
public sealed record PlainField(string Name, string Description, IGraphType Type, Func<object, object?> Getter);

/// <summary>
/// A list of rows of a table that has no collection of its own (an achievement's figures, a donation's items),
/// shown on the object type and loaded for all parents of a level in one statement, in the order they were stored.
/// </summary>
public sealed class ChildListField
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required IGraphType ItemType { get; init; }
    public required Type ChildType { get; init; }
    public required string ForeignKeyProperty { get; init; }

    /// <summary>The link, bound at start-up from the model.</summary>
    public ToManyLink Link { get; internal set; } = null!;
}

/// <summary>A root field over an entity's rows with a fixed `where`, which the caller's own `where` narrows further.</summary>
public sealed record CollectionView(string Name, string Description, IDictionary<string, object?> Where);

using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying.Model;

/// <summary>
/// A condition on rows, independent of GraphQL: what `where` (and export filters) mean, turned into SQL by
/// <see cref="Sql.ConditionWriter"/>. Conditions are two-valued as in C#: a blank (null) value never matches a
/// comparison, so <c>not</c> of a comparison matches the blanks, exactly as the earlier LINQ translation did.
/// </summary>
public abstract record Condition;

public sealed record AllOf(IReadOnlyList<Condition> Items) : Condition;

public sealed record AnyOf(IReadOnlyList<Condition> Items) : Condition;

public sealed record NotOf(Condition Item) : Condition;

public sealed record Always(bool Value) : Condition;

/// <summary><c>eq neq gt gte lt lte</c> between an operand and a model value; a null value is only meaningful for eq and neq.</summary>
public sealed record Comparison(Operand Left, CompareOperator Operator, object? Value) : Condition;

/// <summary>
/// <c>eq neq gt gte lt lte</c> between two columns of the same row, two-valued as in C#: a blank on either side matches
/// no ordering, two blanks are equal, a blank and a value are not.
/// </summary>
public sealed record ColumnComparison(Operand Left, CompareOperator Operator, Operand Right) : Condition;

/// <summary>The operand equals one of the values (a null value among them matches blanks).</summary>
public sealed record InSet(Operand Left, IReadOnlyList<object?> Values) : Condition;

/// <summary>Text containing, starting or ending with a value; compared on the folded copy, so values arrive folded.</summary>
public sealed record TextMatch(Operand Left, TextMatchKind Kind, string Value) : Condition;

/// <summary>A condition on the row a to-one link points at; a blank link reads as a row of blanks.</summary>
public sealed record Through(ToOneLink Link, Condition Inner) : Condition;

/// <summary>A condition on the rows a to-many link holds.</summary>
public sealed record Quantified(ToManyLink Link, Quantifier Quantifier, Condition? Inner) : Condition;

public enum CompareOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

public enum TextMatchKind
{
    Contains,
    StartsWith,
    EndsWith,
}

public enum Quantifier
{
    /// <summary>At least one row matches.</summary>
    Some,

    /// <summary>No row matches.</summary>
    None,

    /// <summary>Every row matches (true for no rows).</summary>
    All,

    /// <summary>There is at least one row.</summary>
    Exists,

    /// <summary>There is no row.</summary>
    Empty,
}

/// <summary>What a condition compares: a column of the row, or an aggregate of a group (for HAVING).</summary>
public abstract record Operand
{
    /// <summary>Whether the operand can be blank (null), which changes how comparisons are written.</summary>
    public abstract bool IsNullable { get; }

    /// <summary>A model value as the database compares it (hundredths for amounts, names for enums).</summary>
    public abstract object ToProvider(object value);
}

public sealed record ColumnOperand(Column Column) : Operand
{
    public override bool IsNullable => Column.IsNullable;

    public override object ToProvider(object value) => Column.ToProvider(value);
}

public sealed record AggregateOperand(Aggregate Aggregate) : Operand
{
    public override bool IsNullable => Aggregate.Function != AggregateFunction.Count;

    public override object ToProvider(object value) => Aggregate.Measure is { } measure && Aggregate.Function != AggregateFunction.CountValues
        ? measure.ToProvider(value)
        : value;
}

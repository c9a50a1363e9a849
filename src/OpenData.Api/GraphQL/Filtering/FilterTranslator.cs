using System.Globalization;
using OpenData.Api.Data;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.GraphQL.Filtering;

/// <summary>
/// Turns a `where` argument into the query model's <see cref="Condition"/>: fields, links, lists and and/or/not.
/// Text values are folded, as the compared columns are; every value is checked to be one the database can
/// compare exactly, and the filter's size is held to the limits, each refusal naming the argument at fault.
/// </summary>
public sealed class FilterTranslator(EntityRegistry registry, FilterLimits limits)
{
    /// <summary>The condition of a `where` argument, or null when it sets none.</summary>
    public Condition? Where(EntityDefinition definition, IDictionary<string, object?>? where, string argument = "where")
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }

        var budget = new Budget(limits);
        return Entity(definition, where, argument, budget, 1);
    }

    /// <summary>The conditions of one operator input (eq, gt, in …) on any operand: a column, or an aggregate for HAVING.</summary>
    public Condition Operations(Operand operand, ScalarKind kind, IDictionary<string, object?> operations, string path, bool folded = false) =>
        Operations(operand, kind, operations, path, folded, new Budget(limits), 1);

    private Condition Entity(EntityDefinition definition, IDictionary<string, object?> where, string path, Budget budget, int depth)
    {
        budget.Enter(path, depth);
        var items = new List<Condition>(where.Count);
        foreach (var (name, value) in where)
        {
            // An input set to null asks for nothing, as if it were left out.
            if (value is null)
            {
                continue;
            }

            var at = path + "." + name;
            items.Add(name switch
            {
                "and" => new AllOf(Items(value, at, budget).Select((item, i) => Entity(definition, item, $"{at}[{i}]", budget, depth + 1)).ToList()),
                "or" => new AnyOf(Items(value, at, budget).Select((item, i) => Entity(definition, item, $"{at}[{i}]", budget, depth + 1)).ToList()),
                "not" => new NotOf(Entity(definition, AsMap(value, at), at, budget, depth + 1)),
                _ => Field(definition, name, value, at, budget, depth + 1),
            });
        }

        return items.Count == 1 ? items[0] : new AllOf(items);
    }

    private Condition Field(EntityDefinition definition, string name, object? value, string path, Budget budget, int depth)
    {
        if (definition.Scalars.FirstOrDefault(s => s.Name == name) is { } scalar)
        {
            return Operations(new ColumnOperand(scalar.Compared), scalar.Kind, AsMap(value, path), path, scalar.FoldedProperty is not null, budget, depth, definition);
        }

        return definition.Relations.FirstOrDefault(r => r.Name == name) switch
        {
            ReferenceField reference => new Through(reference.Link, Entity(registry.For(reference.TargetType), AsMap(value, path), path, budget, depth)),
            CollectionField collection => List(collection, AsMap(value, path), path, budget, depth),
            _ => throw new FilterException("UNKNOWN_FILTER_FIELD", $"{path}: {definition.TypeName} has no filterable field \"{name}\"."),
        };
    }

    /// <summary>The conditions of an operator input; <paramref name="row"/> is the entity whose other columns *Column operators name (none for HAVING).</summary>
    private static Condition Operations(Operand operand, ScalarKind kind, IDictionary<string, object?> operations, string path, bool folded, Budget budget, int depth, EntityDefinition? row = null)
    {
        budget.Enter(path, depth);
        var items = new List<Condition>(operations.Count);
        foreach (var (op, raw) in operations)
        {
            var at = path + "." + op;
            budget.Count(at);
            if (raw is null && (op is "and" or "or" or "in" or "nin" or "contains" or "ncontains" or "startsWith" or "nstartsWith" or "endsWith" or "nendsWith" || op.EndsWith("Column", StringComparison.Ordinal)))
            {
                continue;
            }

            items.Add(op switch
            {
                "and" => new AllOf(Items(raw, at, budget).Select((item, i) => Operations(operand, kind, item, $"{at}[{i}]", folded, budget, depth + 1, row)).ToList()),
                "or" => new AnyOf(Items(raw, at, budget).Select((item, i) => Operations(operand, kind, item, $"{at}[{i}]", folded, budget, depth + 1, row)).ToList()),
                "eq" => new Comparison(operand, CompareOperator.Equal, Value(raw, kind, folded, at)),
                "neq" => new Comparison(operand, CompareOperator.NotEqual, Value(raw, kind, folded, at)),
                "gt" => new Comparison(operand, CompareOperator.GreaterThan, Value(raw, kind, folded, at)),
                "gte" => new Comparison(operand, CompareOperator.GreaterThanOrEqual, Value(raw, kind, folded, at)),
                "lt" => new Comparison(operand, CompareOperator.LessThan, Value(raw, kind, folded, at)),
                "lte" => new Comparison(operand, CompareOperator.LessThanOrEqual, Value(raw, kind, folded, at)),
                "eqColumn" => new ColumnComparison(operand, CompareOperator.Equal, OtherColumn(row, kind, raw, at)),
                "neqColumn" => new ColumnComparison(operand, CompareOperator.NotEqual, OtherColumn(row, kind, raw, at)),
                "gtColumn" => new ColumnComparison(operand, CompareOperator.GreaterThan, OtherColumn(row, kind, raw, at)),
                "gteColumn" => new ColumnComparison(operand, CompareOperator.GreaterThanOrEqual, OtherColumn(row, kind, raw, at)),
                "ltColumn" => new ColumnComparison(operand, CompareOperator.LessThan, OtherColumn(row, kind, raw, at)),
                "lteColumn" => new ColumnComparison(operand, CompareOperator.LessThanOrEqual, OtherColumn(row, kind, raw, at)),
                "in" => new InSet(operand, Values(raw, kind, folded, at, budget)),
                "nin" => new NotOf(new InSet(operand, Values(raw, kind, folded, at, budget))),
                "contains" => new TextMatch(operand, TextMatchKind.Contains, Text(raw, folded)),
                "ncontains" => new NotOf(new TextMatch(operand, TextMatchKind.Contains, Text(raw, folded))),
                "startsWith" => new TextMatch(operand, TextMatchKind.StartsWith, Text(raw, folded)),
                "nstartsWith" => new NotOf(new TextMatch(operand, TextMatchKind.StartsWith, Text(raw, folded))),
                "endsWith" => new TextMatch(operand, TextMatchKind.EndsWith, Text(raw, folded)),
                "nendsWith" => new NotOf(new TextMatch(operand, TextMatchKind.EndsWith, Text(raw, folded))),
                _ => throw new FilterException("UNKNOWN_FILTER_OPERATION", $"{at}: unknown filter operation \"{op}\"."),
            });
        }

        return items.Count == 1 ? items[0] : new AllOf(items);
    }

    /// <summary>The column a *Column operator names: one of the same row's comparable columns of the same kind.</summary>
    private static ColumnOperand OtherColumn(EntityDefinition? row, ScalarKind kind, object? raw, string path) =>
        row?.Scalars.FirstOrDefault(s => s.Name == raw as string && s.Kind == kind && ColumnFilters.IsComparable(s)) is { } other
            ? new ColumnOperand(other.Compared)
            : throw new FilterException("UNKNOWN_FILTER_FIELD", $"{path}: {raw} is not a column of the same kind in this row.");

    private Condition List(CollectionField collection, IDictionary<string, object?> operations, string path, Budget budget, int depth)
    {
        budget.Enter(path, depth);
        var target = registry.For(collection.TargetType);
        var items = new List<Condition>(operations.Count);
        foreach (var (op, raw) in operations)
        {
            var at = path + "." + op;
            budget.Count(at);
            if (raw is null)
            {
                continue;
            }

            items.Add(op switch
            {
                "some" => new Quantified(collection.Link, Quantifier.Some, Entity(target, AsMap(raw, at), at, budget, depth + 1)),
                "none" => new Quantified(collection.Link, Quantifier.None, Entity(target, AsMap(raw, at), at, budget, depth + 1)),
                "all" => new Quantified(collection.Link, Quantifier.All, Entity(target, AsMap(raw, at), at, budget, depth + 1)),
                "any" => new Quantified(collection.Link, raw is true ? Quantifier.Exists : Quantifier.Empty, null),
                _ => throw new FilterException("UNKNOWN_FILTER_OPERATION", $"{at}: unknown list filter operation \"{op}\" on {collection.Name}."),
            });
        }

        return items.Count == 1 ? items[0] : new AllOf(items);
    }

    private static string Text(object? raw, bool folded)
    {
        var text = Checked(raw as string ?? string.Empty);
        return folded ? SearchText.Fold(text) : text;
    }

    /// <summary>
    /// The text, or a refusal where it holds a lone UTF-16 surrogate (a \ud800 escape), which cannot be compared, folded
    /// or stored, or a NUL (\u0000), which no text of the report holds and PostgreSQL cannot take as a parameter:
    /// refused on both databases alike, so they give the same answer.
    /// </summary>
    private static string Checked(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\0')
            {
                throw new FilterException("INVALID_TEXT", $"The text has a NUL character (\\u0000) at character {i + 1}; send text without it.");
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new FilterException("INVALID_TEXT", $"The text has a lone UTF-16 surrogate (\\u{(int)text[i]:x4}) at character {i + 1}; send valid Unicode text.");
            }
        }

        return text;
    }

    private static List<object?> Values(object? raw, ScalarKind kind, bool folded, string path, Budget budget)
    {
        var items = raw as IEnumerable<object?> ?? [];
        var values = new List<object?>();
        foreach (var item in items)
        {
            values.Add(Value(item, kind, folded, $"{path}[{values.Count}]"));
            budget.Item(path, values.Count);
        }

        return values;
    }

    /// <summary>A value as the model stores it, or a refusal naming the argument where the database could not compare it exactly.</summary>
    private static object? Value(object? raw, ScalarKind kind, bool folded, string path)
    {
        if (raw is null)
        {
            return null;
        }

        switch (kind)
        {
            case ScalarKind.Number:
                var amount = Convert.ToDecimal(raw, CultureInfo.InvariantCulture);
                if (amount * 100m != decimal.Truncate(amount * 100m))
                {
                    throw new FilterException("TOO_MANY_DECIMALS", $"{path}: {amount.ToString(CultureInfo.InvariantCulture)} has more than two decimals; amounts and rates here have at most two decimals.");
                }

                if (Math.Abs(amount) > MaxAmount)
                {
                    throw new FilterException("VALUE_OUT_OF_RANGE", $"{path}: {amount.ToString(CultureInfo.InvariantCulture)} is out of range; amounts and rates here lie between -{MaxAmount.ToString(CultureInfo.InvariantCulture)} and {MaxAmount.ToString(CultureInfo.InvariantCulture)}.");
                }

                return amount;
            case ScalarKind.Count:
                return raw is int whole ? whole : throw new FilterException("VALUE_OUT_OF_RANGE", $"{path}: expected a whole number between {int.MinValue} and {int.MaxValue}.");
            case ScalarKind.Text when raw is string text:
                return folded ? SearchText.Fold(Checked(text)) : Checked(text);
            default:
                return raw;
        }
    }

    /// <summary>The largest amount stored exactly: hundredths are kept in a 64-bit integer.</summary>
    public static readonly decimal MaxAmount = long.MaxValue / 100m;

    private static List<IDictionary<string, object?>> Items(object? value, string path, Budget budget)
    {
        var items = new List<IDictionary<string, object?>>();
        foreach (var item in value as IEnumerable<object?> ?? [])
        {
            items.Add(AsMap(item, $"{path}[{items.Count}]"));
            budget.Item(path, items.Count);
        }

        return items;
    }

    private static IDictionary<string, object?> AsMap(object? value, string path) =>
        value as IDictionary<string, object?> ?? throw new FilterException("INVALID_FILTER", $"{path}: expected an input object.");

    /// <summary>What one filter may hold: items per list, conditions in all, and nesting.</summary>
    private sealed class Budget(FilterLimits limits)
    {
        private int _conditions;

        public void Enter(string path, int depth)
        {
            if (depth > limits.MaxNesting)
            {
                throw new FilterException("NESTING_TOO_DEEP", $"{path}: the filter is nested more than {limits.MaxNesting} levels deep (Limits:MaxNesting).", "Limits:MaxNesting", limits.MaxNesting);
            }
        }

        public void Count(string path)
        {
            if (++_conditions > limits.MaxConditions)
            {
                throw new FilterException("FILTER_TOO_LARGE", $"{path}: the filter has more than {limits.MaxConditions} conditions (Limits:MaxFilterConditions).", "Limits:MaxFilterConditions", limits.MaxConditions);
            }
        }

        public void Item(string path, int count)
        {
            if (count > limits.MaxListItems)
            {
                throw new FilterException("LIST_TOO_LONG", $"{path}: the list has more than {limits.MaxListItems} items (Limits:MaxListItems).", "Limits:MaxListItems", limits.MaxListItems);
            }
        }
    }
}

/// <summary>The limits a filter is held to; from the <c>Limits:</c> settings.</summary>
public sealed record FilterLimits(int MaxListItems, int MaxConditions, int MaxNesting)
{
    public static FilterLimits Default { get; } = new(500, 1000, 40);
}

/// <summary>
/// A filter, ordering, paging or aggregate argument that cannot be run, with a code clients can switch on, and the
/// setting under <c>Limits:</c> where a limit refused it.
/// </summary>
public sealed class FilterException : global::GraphQL.ExecutionError
{
    public FilterException(string code, string message, string? setting = null, long? allowed = null)
        : base(message)
    {
        Code = code;
        Setting = setting;
        Allowed = allowed;
    }

    public string? Setting { get; }

    public long? Allowed { get; }
}

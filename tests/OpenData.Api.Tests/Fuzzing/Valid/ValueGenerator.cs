using System.Globalization;
using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// Type-correct argument values from the introspected input types: filter trees (operators, and/or/not, links,
/// some/all/none/any), sort lists, group keys and scalars, kept well inside the server's value limits.
/// </summary>
public sealed class ValueGenerator(IntrospectedSchema schema, Rng rng, Variables variables)
{
    public const int MaxConditions = 20;
    public const int MaxNesting = 5;
    public const int MaxListItems = 20;
    public const int MaxVariables = 8;

    /// <summary>Strings the data holds (codes, a term, names) beside which random text finds nothing.</summary>
    private static readonly string[] _known =
        ["17", "01", "22", "2021-T1", "2021-T2", "women", "peten", "Petén", "QUICHE", "Guatemala", "childrenServed", "budgetLines", "PRODUCT", ""];

    private static readonly string[] _pieces =
        ["a", "de", "Hogares", "ñ", "á", "É", "ü", "Quiché", "😀", "🇬🇹", "中文", "字", "مرحبا", "e\u0301", " ", "%", "_", "'", "\"", "\\", "\n", "\t", "0", "-"];

    /// <summary>A value for a field's argument; the paging arguments are the caller's to choose.</summary>
    public InputValue Argument(InputField argument) => argument.Name == "groupBy"
        ? GroupBy(argument.Type)
        : Value(argument.Type, new Budget(), nesting: 0, topLevel: true, allowVariable: true);

    /// <summary>A whole number for a paging argument, maybe through a variable.</summary>
    public InputValue PagingNumber(TypeRef type, int value) => MaybeVariable(type, new IntValue(value), allowVariable: true);

    /// <summary>The <c>if:</c> of <c>@include</c>/<c>@skip</c>.</summary>
    public InputValue Condition() =>
        MaybeVariable(new TypeRef(TypeKind.NonNull, null, new TypeRef(TypeKind.Scalar, "Boolean", null)), new BooleanValue(rng.Chance(0.5)), allowVariable: true);

    private InputValue Value(TypeRef type, Budget budget, int nesting, bool topLevel, bool allowVariable)
    {
        var inner = type.Nullable;
        var named = inner.Kind == TypeKind.List ? null : schema.TypeOf(inner);

        // An explicit null is valid for any nullable input, but the server refuses it for a nested input object
        // (`where: { not: null }` answers "Expected an input object in the filter."); top-level arguments take it.
        var nullable = !type.IsNonNull && (named?.Kind != TypeKind.InputObject || topLevel);
        if (nullable && rng.Chance(0.04))
        {
            return MaybeVariable(type, new NullValue(), allowVariable);
        }

        if (allowVariable && rng.Chance(0.08) && variables.Count < MaxVariables)
        {
            return MaybeVariable(type, Value(type, budget, nesting, topLevel, allowVariable: false), allowVariable: true, force: true);
        }

        if (inner.Kind == TypeKind.List)
        {
            return List(inner.OfType!, budget, nesting, topLevel, allowVariable);
        }

        return named!.Kind switch
        {
            TypeKind.Enum => new EnumValue(rng.Pick(named.EnumValues)),
            TypeKind.InputObject => Object(named, budget, nesting + 1, allowVariable),
            _ => Scalar(named.Name, topLevel),
        };
    }

    private ListValue List(TypeRef item, Budget budget, int nesting, bool topLevel, bool allowVariable)
    {
        var objects = schema.TypeOf(item).Kind == TypeKind.InputObject;
        var count = objects switch
        {
            true when topLevel => rng.Between(1, 3),
            true => nesting + 1 > MaxNesting || budget.Conditions <= 0 ? 0 : rng.Skewed(0, 3),
            false => rng.Skewed(0, MaxListItems),
        };
        return new ListValue([.. Enumerable.Range(0, count).Select(_ => Value(item, budget, nesting, topLevel: false, allowVariable))]);
    }

    private ObjectValue Object(SchemaType type, Budget budget, int nesting, bool allowVariable)
    {
        // Sort inputs take one key per list item, in the order given; a second key would have no defined order.
        var sort = type.Name.EndsWith("SortInput", StringComparison.Ordinal);
        var candidates = type.InputFields.Where(f => Fits(f.Type, nesting)).ToList();
        var wanted = sort ? 1 : budget.Conditions <= 0 ? 0 : rng.Skewed(0, Math.Min(3, candidates.Count));
        var chosen = type.InputFields.Where(f => f.Type.IsNonNull).Concat(rng.Shuffle(candidates).Take(wanted)).Distinct();
        var fields = new List<KeyValuePair<string, InputValue>>();
        foreach (var field in chosen)
        {
            if (schema.TypeOf(field.Type).Kind is TypeKind.Scalar or TypeKind.Enum)
            {
                budget.Conditions--;
            }

            fields.Add(KeyValuePair.Create(field.Name, Value(field.Type, budget, nesting, topLevel: false, allowVariable)));
        }

        return new ObjectValue(fields);
    }

    // A field whose value is an input object (or a list of them) needs one more level of nesting.
    private bool Fits(TypeRef type, int nesting) =>
        schema.TypeOf(type).Kind != TypeKind.InputObject || nesting + 1 <= MaxNesting;

    private ListValue GroupBy(TypeRef type)
    {
        var keys = schema.TypeOf(type).EnumValues;
        return new ListValue([.. rng.Shuffle(keys).Take(rng.Between(1, Math.Min(3, keys.Count))).Select(k => new EnumValue(k))]);
    }

    private InputValue MaybeVariable(TypeRef type, InputValue value, bool allowVariable, bool force = false)
    {
        if (!allowVariable || variables.Count >= MaxVariables || !(force || rng.Chance(0.08)))
        {
            return value;
        }

        return variables.Declare(type, value, asDefault: !type.IsNonNull && rng.Chance(0.2));
    }

    private InputValue Scalar(string name, bool topLevel) => name switch
    {
        // Top-level numbers are counts and offsets, never negative; inside filters anything goes.
        "Int" when topLevel => new IntValue(rng.Between(0, 30)),
        "Int" => new IntValue(rng.Pick([rng.Between(0, 100), rng.Between(-100, 0), rng.Between(0, 100_000)])),
        "Float" => new DecimalValue(rng.Between(-100_000, 100_000) / 100m),
        "Decimal" => new DecimalValue(rng.Pick([rng.Between(0, 1_000_000), rng.Between(-1_000_000_000, 1_000_000_000)]) / 100m),
        "Boolean" => new BooleanValue(rng.Chance(0.5)),
        "Date" => Date(),
        "String" or "ID" => new StringValue(rng.Chance(0.5) ? rng.Pick(_known) : Text(), EscapeNonAscii: rng.Chance(0.2)),
        _ => throw new InvalidOperationException($"The fuzzer has no values for the scalar {name}: teach ValueGenerator.Scalar about it."),
    };

    private StringValue Date()
    {
        var year = rng.Between(2015, 2030);
        var month = rng.Between(1, 12);
        var date = new DateOnly(year, month, rng.Between(1, DateTime.DaysInMonth(year, month)));
        return new StringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private string Text() => string.Concat(Enumerable.Range(0, rng.Skewed(0, 12)).Select(_ => rng.Pick(_pieces)));

    /// <summary>How many more conditions a filter tree may take.</summary>
    private sealed class Budget
    {
        public int Conditions { get; set; } = MaxConditions;
    }
}

using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>An aggregate a query can ask for over a measure.</summary>
public enum AggregateFunction
{
    Sum,
    Average,
    Min,
    Max,
}

/// <summary>What one statement computes in SQL: the aggregates asked for, each given a slot of <see cref="AggregateRow"/>.</summary>
public sealed class AggregatePlan
{
    private readonly Dictionary<(SqlAggregate, string), Slot> _slots = [];
    private int _whole;
    private int _decimal;

    public AggregatePlan(EntityDefinition definition, IEnumerable<(AggregateFunction Function, string Field)> requested)
    {
        Definition = definition;
        foreach (var (function, name) in requested)
        {
            var field = Measure(definition, name);
            if (function == AggregateFunction.Average)
            {
                Need(SqlAggregate.Sum, field);
                Need(SqlAggregate.CountValues, field);
            }
            else
            {
                Need(function == AggregateFunction.Sum ? SqlAggregate.Sum : function == AggregateFunction.Min ? SqlAggregate.Min : SqlAggregate.Max, field);
            }
        }
    }

    /// <summary>What SQL computes; an average is a SUM divided by a COUNT of values, exactly, outside SQL.</summary>
    public enum SqlAggregate
    {
        Sum,
        Min,
        Max,
        CountValues,
    }

    /// <summary>Where an aggregate lands: a whole-number slot (L) or a decimal slot (M).</summary>
    public sealed record Slot(SqlAggregate Aggregate, ScalarField Field, bool Whole, int Index);

    public EntityDefinition Definition { get; }

    public IEnumerable<Slot> Slots => _slots.Values;

    public static ScalarField Measure(EntityDefinition definition, string name) =>
        definition.Scalars.FirstOrDefault(s => s.Name == name && s.IsMeasure)
        ?? throw new global::GraphQL.ExecutionError($"{definition.TypeName} has no measure \"{name}\" to aggregate.");

    public Slot Need(SqlAggregate aggregate, ScalarField field)
    {
        if (!_slots.TryGetValue((aggregate, field.Name), out var slot))
        {
            var whole = aggregate == SqlAggregate.CountValues || field.Kind == ScalarKind.Count;
            var index = whole ? _whole++ : _decimal++;
            if (_whole > AggregateRow.WholeSlots || _decimal > AggregateRow.DecimalSlots)
            {
                throw new global::GraphQL.ExecutionError("Too many aggregates in one selection; split the query.") { Code = "TOO_MANY_AGGREGATES" };
            }

            slot = new Slot(aggregate, field, whole, index);
            _slots[(aggregate, field.Name)] = slot;
        }

        return slot;
    }

    /// <summary>A computed aggregate of a row: SUM/MIN/MAX as SQL gave them, an average as the exact quotient rounded to 4 decimals.</summary>
    public object? Value(AggregateRow row, AggregateFunction function, ScalarField field)
    {
        if (function == AggregateFunction.Average)
        {
            var sum = Read(row, _slots[(SqlAggregate.Sum, field.Name)]);
            var count = (long?)Read(row, _slots[(SqlAggregate.CountValues, field.Name)]);
            return sum is null || count is null or 0 ? null : decimal.Round(Convert.ToDecimal(sum, System.Globalization.CultureInfo.InvariantCulture) / count.Value, 4, MidpointRounding.AwayFromZero);
        }

        var aggregate = function == AggregateFunction.Sum ? SqlAggregate.Sum : function == AggregateFunction.Min ? SqlAggregate.Min : SqlAggregate.Max;
        var value = Read(row, _slots[(aggregate, field.Name)]);
        return value is long whole ? (object)whole : value;
    }

    private static object? Read(AggregateRow row, Slot slot) =>
        typeof(AggregateRow).GetProperty((slot.Whole ? "L" : "M") + slot.Index)!.GetValue(row);
}

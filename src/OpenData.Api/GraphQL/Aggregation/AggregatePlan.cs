using OpenData.Api.Features.Common;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>An aggregate a query can ask for over a measure.</summary>
public enum MeasureFunction
{
    Sum,
    Average,
    Min,
    Max,
}

/// <summary>
/// What one aggregate statement computes for the aggregates a selection asks for: each (function, measure) once,
/// an average as a SUM and a COUNT of values divided exactly outside SQL.
/// </summary>
public sealed class AggregatePlan
{
    private readonly Dictionary<(AggregateFunction, string), int> _slots = [];
    private readonly List<Aggregate> _aggregates = [];

    public AggregatePlan(EntityDefinition definition, IEnumerable<(MeasureFunction Function, string Field)> requested)
    {
        Definition = definition;
        foreach (var (function, name) in requested)
        {
            var field = Measure(definition, name);
            if (function == MeasureFunction.Average)
            {
                Need(AggregateFunction.Sum, field);
                Need(AggregateFunction.CountValues, field);
            }
            else
            {
                Need(Sql(function), field);
                if (field.KindColumn is { } kind)
                {
                    // The least and greatest kind over the rows: when they are one kind, the aggregate is written in its form.
                    Need(AggregateFunction.Min, kind, KindSlot(field));
                    Need(AggregateFunction.Max, kind, KindSlot(field));
                }
            }
        }
    }

    public EntityDefinition Definition { get; }

    /// <summary>The aggregates to compute, in slot order.</summary>
    public IReadOnlyList<Aggregate> Aggregates => _aggregates;

    public static ScalarField Measure(EntityDefinition definition, string name) =>
        definition.Scalars.FirstOrDefault(s => s.Name == name && s.IsMeasure)
        ?? throw new FilterException("UNKNOWN_MEASURE", $"{definition.TypeName} has no measure \"{name}\" to aggregate.");

    public static AggregateFunction Sql(MeasureFunction function) => function switch
    {
        MeasureFunction.Sum => AggregateFunction.Sum,
        MeasureFunction.Min => AggregateFunction.Min,
        MeasureFunction.Max => AggregateFunction.Max,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "An average is a sum and a count."),
    };

    /// <summary>A computed aggregate of a row: SUM/MIN/MAX as SQL gave them, an average as the exact quotient rounded to 4 decimals.</summary>
    public object? Value(AggregateValues row, MeasureFunction function, ScalarField field)
    {
        if (function == MeasureFunction.Average)
        {
            var sum = row.Values[_slots[(AggregateFunction.Sum, field.Name)]];
            var count = (long?)row.Values[_slots[(AggregateFunction.CountValues, field.Name)]];
            return sum is null || count is null or 0
                ? null
                : decimal.Round(Convert.ToDecimal(sum, System.Globalization.CultureInfo.InvariantCulture) / count.Value, 4, MidpointRounding.AwayFromZero);
        }

        var value = row.Values[_slots[(Sql(function), field.Name)]];
        return field.KindColumn is not null
            && row.Values[_slots[(AggregateFunction.Min, KindSlot(field))]] is FigureKind kind
            && Equals(row.Values[_slots[(AggregateFunction.Max, KindSlot(field))]], kind)
            ? PrintedFigures.AsPrinted((decimal?)value, kind)
            : value;
    }

    private static string KindSlot(ScalarField field) => $"{field.Name} kind";

    private void Need(AggregateFunction function, ScalarField field) => Need(function, field.Column, field.Name);

    private void Need(AggregateFunction function, Column column, string slot)
    {
        if (_slots.TryAdd((function, slot), _aggregates.Count))
        {
            _aggregates.Add(new Aggregate(function, column));
        }
    }
}

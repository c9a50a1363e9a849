using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.Api.Features.Integrity;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>
/// `share(part:, whole:)` on aggregates and groups: one measure's sum as a percentage of another's over the same rows,
/// so "women's share of older people served" is one query, rounded as the report rounds its own percentages.
/// </summary>
public static class ShareField
{
    public const string Name = "share";

    /// <summary>The enum of the measures a share takes, for an entity with at least two measures; null otherwise.</summary>
    public static EnumerationGraphType? Measures(EntityDefinition definition, IReadOnlyList<ScalarField> measures)
    {
        if (measures.Count < 2)
        {
            return null;
        }

        var enumType = new EnumerationGraphType { Name = $"{definition.TypeName}Measure", Description = $"A measure of {definition.TypeName} rows, to take a share of." };
        foreach (var measure in measures)
        {
            enumType.Add(Vocabularies.EnumName(measure.Name), measure.Name, measure.Description);
        }

        return enumType;
    }

    /// <summary>The field, for one aggregates or group type.</summary>
    public static FieldType Create(EntityDefinition definition, EnumerationGraphType measures, IGraphType number) => new()
    {
        Name = Name,
        Description = "The sum of `part` as a percentage of the sum of `whole` over these rows, e.g. `share(part: WOMEN, whole: GENDER_TOTAL)`: "
            + "not printed in the report; computed as SUM(part) / SUM(whole) × 100 from the exact sums, rounded half away from zero to 2 decimals as the report rounds its percentages (23.23 means 23.23 %). "
            + "0.00 when both sums are 0; null when the whole's sum is 0 or either has no values. Take it of the same kind of figure (people in people, quetzales in quetzales): any two measures give their ratio.",
        ResolvedType = number,
        Arguments = new QueryArguments(
            new QueryArgument(new NonNullGraphType(measures)) { Name = "part", Description = "The measure whose share is wanted, e.g. WOMEN." },
            new QueryArgument(new NonNullGraphType(measures)) { Name = "whole", Description = "The measure it is a share of, e.g. GENDER_TOTAL." }),
        Resolver = new FuncFieldResolver<AggregateResult, object?>(c => Resolve(definition, c)),
    };

    private static decimal? Resolve(EntityDefinition definition, IResolveFieldContext<AggregateResult> context)
    {
        var part = AggregatePlan.Measure(definition, context.GetArgument<string>("part"));
        var whole = AggregatePlan.Measure(definition, context.GetArgument<string>("whole"));
        var row = context.Source.Row;
        return row is null ? null : RateColumns.Percentage(Sum(context.Source.Plan, row, part), Sum(context.Source.Plan, row, whole));
    }

    private static decimal? Sum(AggregatePlan plan, Querying.Model.AggregateValues row, ScalarField measure) =>
        plan.Value(row, MeasureFunction.Sum, measure) is { } sum ? Convert.ToDecimal(sum, CultureInfo.InvariantCulture) : null;
}

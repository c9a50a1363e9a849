using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.Api.GraphQL.Batching;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// `changeFromPrevious` on every entity linked to its row of the previous term: for each measure, the value
/// then and now, the absolute change, and the relative change in percent.
/// </summary>
public static class PeriodChange
{
    public static ObjectGraphType<MeasureChange> MeasureChangeType()
    {
        var type = new ObjectGraphType<MeasureChange> { Name = "MeasureChange", Description = "How a figure changed from the previous term to this one." };
        var number = SharedTypes.Named("Decimal");
        SharedTypes.Field(type, "previous", number, "The figure in the previous term; null where it was blank.", c => c.Previous);
        SharedTypes.Field(type, "current", number, "The figure in this term; null where it is blank.", c => c.Current);
        SharedTypes.Field(type, "absolute", number, "This term's figure minus the previous one; null where either is blank.", c => c.Current - c.Previous);
        SharedTypes.Field(type, "relative", number, "The change as a percentage of the previous figure, rounded half away from zero to 2 decimals (12.5 means +12.5 %); null where either is blank or the previous figure is 0.", c => c.Relative);
        return type;
    }

    /// <summary>The field, or null when the entity has no link to the previous term.</summary>
    public static (FieldType Field, IGraphType Type)? For(EntityDefinition definition, IGraphType measureChange)
    {
        if (definition.Relations.FirstOrDefault(r => r.Name == "previous") is not ReferenceField previous || previous.TargetType != definition.ClrType)
        {
            return null;
        }

        var measures = definition.Scalars.Where(s => s.IsMeasure).ToList();
        var type = new ObjectGraphType<(object Current, object Previous)>
        {
            Name = $"{definition.TypeName}Change",
            Description = $"How each figure of a {definition.TypeName} row changed from the same row in the previous term.",
        };
        foreach (var measure in measures)
        {
            SharedTypes.Field(type, measure.Name, measureChange, measure.Description, rows => new MeasureChange(Number(measure.Getter(rows.Previous)), Number(measure.Getter(rows.Current))));
        }

        var field = new FieldType
        {
            Name = "changeFromPrevious",
            Description = "How this row's figures changed from the same row in the previous term (see `previous`); null where the previous term is not loaded or has no such row.",
            ResolvedType = type,
            Resolver = new FuncFieldResolver<object, object?>(c =>
            {
                if (previous.Link.KeyOf(c.Source!) is not { } id)
                {
                    return null;
                }

                var current = c.Source!;
                return BatchLoaders.Of(c).ById(previous.Link.To).LoadOne(id, row => row is null ? null : (current, row));
            }),
        };
        return (field, type);
    }

    private static decimal? Number(object? value) => value switch
    {
        int whole => whole,
        decimal amount => amount,
        _ => null,
    };
}

/// <summary>A figure in two consecutive terms.</summary>
public sealed record MeasureChange(decimal? Previous, decimal? Current)
{
    public decimal? Relative => Previous is null or 0 || Current is null
        ? null
        : decimal.Round((Current.Value - Previous.Value) / Previous.Value * 100m, 2, MidpointRounding.AwayFromZero);
}

using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Schema;

namespace OpenData.Api.GraphQL.Filtering;

/// <summary>
/// An entity's operator inputs with column comparisons (`{ maya: { gtColumn: LADINO_MESTIZO } }`), one per kind of
/// figure that has at least two columns to compare: the enum lists only that entity's columns of that kind, so the
/// IDE offers exactly the comparable ones and the schema refuses comparing a count with an amount.
/// </summary>
public sealed class ColumnFilters
{
    private readonly Dictionary<ScalarKind, InputObjectGraphType> _inputs = [];
    private readonly List<IGraphType> _types = [];

    public ColumnFilters(EntityDefinition definition, SharedTypes shared)
    {
        foreach (var group in definition.Scalars.Where(IsComparable).GroupBy(s => s.Kind).Where(g => g.Count() >= 2))
        {
            var scalarName = shared.Scalars[group.Key] is GraphQLTypeReference reference ? reference.TypeName : shared.Scalars[group.Key].Name;
            var columns = new EnumerationGraphType
            {
                Name = $"{definition.TypeName}{scalarName}Column",
                Description = $"The {scalarName} columns of {definition.TypeName} that a column of the same kind can be compared with, in the same row.",
            };
            foreach (var scalar in group)
            {
                columns.Add(Vocabularies.EnumName(scalar.Name), scalar.Name, scalar.Description);
            }

            var input = OperationFilterInputs.Create(group.Key, shared.Scalars[group.Key], $"{definition.TypeName}{scalarName}OperationFilterInput", columns);
            _inputs[group.Key] = input;
            _types.AddRange([columns, input]);
        }
    }

    /// <summary>The enums and inputs to register with the schema.</summary>
    public IEnumerable<IGraphType> All => _types;

    /// <summary>Figures and dates; line numbers and years are not figures to set against each other.</summary>
    public static bool IsComparable(ScalarField scalar) =>
        scalar.GraphType is null && (scalar.IsMeasure || scalar.Kind == ScalarKind.Date);

    /// <summary>The operator input of a field: this entity's own, with column comparisons, where it has one.</summary>
    public InputObjectGraphType For(ScalarField scalar, SharedTypes shared) =>
        IsComparable(scalar) && _inputs.TryGetValue(scalar.Kind, out var input) ? input : shared.FilterFor(scalar);
}

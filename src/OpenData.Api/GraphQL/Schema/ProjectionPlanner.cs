using GraphQL;
using GraphQLParser.AST;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// Narrows a statement's SELECT to what the query asks for: the selected columns, the keys their links need and
/// the id; a field read from more than one column keeps the whole row. To-one links selected under the rows are
/// read in the same statement (LEFT JOIN, two links deep at most), so a page and its links cost one statement.
/// </summary>
public static class ProjectionPlanner
{
    private const int MaxJoinDepth = 2;

    /// <summary>The projection for rows of <paramref name="definition"/> whose selected fields are <paramref name="fields"/>.</summary>
    public static Projection For(EntityRegistry registry, EntityDefinition definition, IResolveFieldContext context, IEnumerable<GraphQLField> fields) =>
        Plan(registry, definition, context, fields, 0);

    private static Projection Plan(EntityRegistry registry, EntityDefinition definition, IResolveFieldContext context, IEnumerable<GraphQLField> fields, int depth)
    {
        var columns = new HashSet<Column>();
        var references = new Dictionary<ReferenceField, List<GraphQLField>>();
        var wholeRow = false;
        foreach (var field in fields)
        {
            var name = field.Name.StringValue;
            if (name == "id" || name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (definition.Scalars.FirstOrDefault(s => s.Name == name) is { } scalar)
            {
                columns.Add(scalar.Column);
                if (scalar.KindColumn is { } kind)
                {
                    columns.Add(kind);
                }
            }
            else if (definition.Relations.FirstOrDefault(r => r.Name == name) is { } relation)
            {
                if (relation is ReferenceField reference)
                {
                    columns.Add(reference.Link.ForeignKey);
                    if (!references.TryGetValue(reference, out var asts))
                    {
                        references[reference] = asts = [];
                    }

                    asts.Add(field);
                }
            }
            else if (definition.ChildLists.All(c => c.Name != name) && definition.CustomFields.All(c => c.Field.Name != name))
            {
                // A list of texts or a change from the previous term reads more than one selected column.
                wholeRow = true;
            }
        }

        var joins = new List<(ToOneLink, Projection)>();
        if (depth < MaxJoinDepth)
        {
            foreach (var (reference, asts) in references)
            {
                var target = registry.For(reference.TargetType);
                joins.Add((reference.Link, Plan(registry, target, context, asts.SelectMany(a => Selections.Children(context, a).SelectMany(g => g)), depth + 1)));
            }
        }

        return new Projection(definition.Table, wholeRow ? definition.Table.Stored : [.. columns], joins);
    }
}

using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Filtering;

/// <summary>The operators a scalar field can be filtered with, one input type per kind of scalar.</summary>
public static class OperationFilterInputs
{
    /// <summary>The operator input of a kind; with <paramref name="columns"/>, also the comparisons with another column of the row.</summary>
    public static InputObjectGraphType Create(ScalarKind kind, IGraphType scalar, string name, EnumerationGraphType? columns = null)
    {
        var type = new InputObjectGraphType { Name = name, Description = $"Conditions on a {Describe(kind)} value. All conditions given must hold." };
        AddCommon(type, scalar);
        if (kind is ScalarKind.Count or ScalarKind.Number or ScalarKind.Date)
        {
            Add(type, "gt", scalar, "Greater than the value.");
            Add(type, "gte", scalar, "Greater than or equal to the value.");
            Add(type, "lt", scalar, "Less than the value.");
            Add(type, "lte", scalar, "Less than or equal to the value.");
        }

        if (kind is ScalarKind.Text)
        {
            type.Description += " Text comparisons ignore case and accents: \"peten\" matches \"Petén\".";
            Add(type, "contains", scalar, "Contains the text, ignoring case and accents.");
            Add(type, "ncontains", scalar, "Does not contain the text, ignoring case and accents.");
            Add(type, "startsWith", scalar, "Starts with the text, ignoring case and accents.");
            Add(type, "nstartsWith", scalar, "Does not start with the text, ignoring case and accents.");
            Add(type, "endsWith", scalar, "Ends with the text, ignoring case and accents.");
            Add(type, "nendsWith", scalar, "Does not end with the text, ignoring case and accents.");
        }

        if (columns is not null)
        {
            type.Description += " The *Column operators compare with another column of the same row; a blank (null) on either side matches no ordering, and eqColumn matches where both are blank.";
            Add(type, "eqColumn", columns, "Equal to that column of the same row.");
            Add(type, "neqColumn", columns, "Not equal to that column of the same row.");
            Add(type, "gtColumn", columns, "Greater than that column of the same row, e.g. `maya: { gtColumn: LADINO_MESTIZO }`.");
            Add(type, "gteColumn", columns, "Greater than or equal to that column of the same row.");
            Add(type, "ltColumn", columns, "Less than that column of the same row.");
            Add(type, "lteColumn", columns, "Less than or equal to that column of the same row.");
        }

        var self = new GraphQLTypeReference(name);
        Add(type, "and", new ListGraphType(new NonNullGraphType(self)), "All of these conditions hold.");
        Add(type, "or", new ListGraphType(new NonNullGraphType(self)), "At least one of these conditions holds.");
        return type;
    }

    private static void AddCommon(InputObjectGraphType type, IGraphType scalar)
    {
        Add(type, "eq", scalar, "Equal to the value; `eq: null` matches blank (null) values.");
        Add(type, "neq", scalar, "Not equal to the value; `neq: null` matches values that are not blank.");
        Add(type, "in", new ListGraphType(scalar), "Equal to one of the values.");
        Add(type, "nin", new ListGraphType(scalar), "Equal to none of the values.");
    }

    private static void Add(InputObjectGraphType type, string name, IGraphType fieldType, string description) =>
        type.AddField(new FieldType { Name = name, Description = description, ResolvedType = fieldType });

    private static string Describe(ScalarKind kind) => kind switch
    {
        ScalarKind.Count => "whole-number",
        ScalarKind.Number => "decimal",
        ScalarKind.Text => "text",
        ScalarKind.Date => "date",
        ScalarKind.Boolean => "true/false",
        _ => "enumerated",
    };
}

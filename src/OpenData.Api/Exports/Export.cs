using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Exports;

/// <summary>
/// A downloadable table: a root collection of the schema (a view such as <c>discrepancies</c> included) or a
/// list of rows inside one (a donation's items), with its columns in schema order and the projection that
/// reads them in one statement.
/// </summary>
public sealed class Export
{
    /// <summary>The file name stem, the collection's name in kebab case: <c>community-homes-coverage</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The root field of the schema it downloads, or null for a list of rows inside one.</summary>
    public required string? Collection { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The entity the rows are; null for a child list, which has no filter or order input.</summary>
    public required EntityDefinition? Definition { get; init; }

    /// <summary>The view's fixed filter, for a view.</summary>
    public CollectionView? View { get; init; }

    public required Table Table { get; init; }

    public required Projection Projection { get; init; }

    public required IReadOnlyList<ExportColumn> Columns { get; init; }

    /// <summary>The link to the term, for <c>?period=</c>; null where rows belong to no term of their own.</summary>
    public ToOneLink? Period { get; init; }

    /// <summary>The column naming the term in a table that is the terms themselves.</summary>
    public Column? PeriodCode { get; init; }

    public string FileName(string? period, string extension) => period is null ? $"{Name}.{extension}" : $"{Name}-{period}.{extension}";
}

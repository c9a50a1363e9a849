namespace OpenData.Api.Exports;

/// <summary>The kinds of value an export cell holds, each written its own way in CSV and JSON.</summary>
public enum CellKind
{
    WholeNumber,
    Number,
    Text,
    Date,
    Boolean,
}

/// <summary>
/// One column of an export: its name (the schema's field name, or <c>link_field</c> for a linked row's code or
/// name), what it means, and how to read its value from a row read by the query engine, compiled once.
/// </summary>
public sealed record ExportColumn(string Name, string Description, CellKind Kind, bool IsNullable, Func<object, object?> Value)
{
    /// <summary>The allowed values of an enum column, as written; null for any other column.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>For a link's id column, the export it points at (its <c>id</c>); null otherwise.</summary>
    public string? References { get; init; }
}

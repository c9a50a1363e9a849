using System.Data.Common;

namespace OpenData.Api.Querying.Tables;

/// <summary>
/// A column of a mapped table, with everything needed to read it into an entity and to send a value to it:
/// compiled once at start-up from the EF Core model, so no request converts or reflects.
/// </summary>
public sealed class Column
{
    /// <summary>The entity property (or shadow property) the column stores.</summary>
    public required string Property { get; init; }

    /// <summary>The column's name in the database.</summary>
    public required string Name { get; init; }

    /// <summary>The property's CLR type, nullable where the column is.</summary>
    public required Type ModelType { get; init; }

    public required bool IsNullable { get; init; }

    /// <summary>Turns a model value (never null) into what the database stores: hundredths for amounts, names for enums.</summary>
    public required Func<object, object> ToProvider { get; init; }

    /// <summary>Reads the column at an ordinal as a model value, or null for a blank.</summary>
    public required Func<DbDataReader, int, object?> Read { get; init; }

    /// <summary>Sets the entity's property from the reader; null for shadow columns, which no entity holds.</summary>
    public Action<object, DbDataReader, int>? Set { get; init; }

    /// <summary>Reads the property from an entity; null for shadow columns.</summary>
    public Func<object, object?>? Get { get; init; }

    /// <summary>Converts a provider value (as an aggregate of the column returns it) to a model value.</summary>
    public required Func<object, object> FromProvider { get; init; }

    public override string ToString() => Name;
}

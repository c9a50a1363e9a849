namespace OpenData.Api.Querying.Tables;

/// <summary>A mapped table: its name, its columns by property, and how to make an empty entity to read a row into.</summary>
public sealed class Table
{
    public required Type ClrType { get; init; }

    public required string Name { get; init; }

    public required Column Id { get; init; }

    /// <summary>Every column, the folded shadow copies of text included, by property name.</summary>
    public required IReadOnlyDictionary<string, Column> Columns { get; init; }

    /// <summary>The columns an entity holds (no shadow copies): what "the whole row" reads.</summary>
    public required IReadOnlyList<Column> Stored { get; init; }

    public required Func<object> Create { get; init; }

    public Column this[string property] =>
        Columns.TryGetValue(property, out var column)
            ? column
            : throw new InvalidOperationException($"{ClrType.Name} has no mapped property {property}.");

    public override string ToString() => Name;
}

/// <summary>A to-one link: the row holds the target's id in <see cref="ForeignKey"/>.</summary>
public sealed class ToOneLink
{
    public required Table From { get; init; }

    public required Column ForeignKey { get; init; }

    public required Table To { get; init; }

    /// <summary>Sets the navigation property of a row to the linked row read in the same statement.</summary>
    public required Action<object, object> SetNavigation { get; init; }

    /// <summary>The linked row, where the statement that read the row also read it.</summary>
    public required Func<object, object?> GetNavigation { get; init; }

    /// <summary>The foreign key's value in a row, or null where the link is blank.</summary>
    public int? KeyOf(object row) => ForeignKey.Get!(row) is int key ? key : null;
}

/// <summary>A to-many link: the child rows whose <see cref="ForeignKey"/> holds the parent's id.</summary>
public sealed class ToManyLink
{
    public required Table Parent { get; init; }

    public required Table Child { get; init; }

    public required Column ForeignKey { get; init; }
}

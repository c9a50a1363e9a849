using System.Text;
using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Exports;

/// <summary>
/// Every export, derived once from the entity definitions the schema is built from, so a collection added to the
/// schema is downloadable with no more code: one per root collection (and view), one per list of rows inside a row.
/// </summary>
public sealed class ExportCatalog
{
    /// <summary>What a link's columns show of the row it points at, beside its id: the codes and names people join on.</summary>
    private static readonly Dictionary<string, string[]> _linkLabels = new()
    {
        ["Period"] = ["code"],
        ["Department"] = ["code", "name"],
        ["Program"] = ["code", "name"],
        ["Source"] = ["section", "table", "note"],
        ["Document"] = ["fileName"],
    };

    private readonly Dictionary<string, Export> _byName;

    public ExportCatalog(EntityRegistry registry)
    {
        var exports = new List<Export>();
        foreach (var definition in registry.All.OrderBy(d => d.CollectionName, StringComparer.Ordinal))
        {
            exports.Add(Root(registry, definition, null));
            exports.AddRange(definition.Views.Select(view => Root(registry, definition, view)));
            exports.AddRange(definition.ChildLists.Select(child => Child(definition, child)));
        }

        All = exports;
        _byName = exports.ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<Export> All { get; }

    public Export? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary><c>communityHomesCoverage</c> → <c>community-homes-coverage</c>.</summary>
    public static string KebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static Export Root(EntityRegistry registry, EntityDefinition definition, CollectionView? view)
    {
        var columns = new List<ExportColumn>
        {
            new("id", "This row's number in this database; other exports' *_id columns point at it. It can change when the database is rebuilt: join on codes across databases.", CellKind.WholeNumber, false, row => definition.GetId(row)),
        };
        columns.AddRange(definition.Scalars.Select(Column));
        var joins = new List<(ToOneLink, Projection)>();
        ToOneLink? period = null;
        foreach (var reference in definition.Relations.OfType<ReferenceField>())
        {
            var target = registry.For(reference.TargetType);
            var link = reference.Link;
            if (reference.Name == "period")
            {
                period = link;
            }

            var targetExport = KebabCase(target.CollectionName);
            columns.Add(new ExportColumn($"{reference.Name}_id", $"The id of the row of {targetExport} that \"{reference.Name}\" is: {reference.Description}", CellKind.WholeNumber, reference.IsNullable, row => link.KeyOf(row))
            {
                References = targetExport,
            });
            var labels = _linkLabels.GetValueOrDefault(target.TypeName, [])
                .Select(name => target.Scalars.Single(s => s.Name == name))
                .ToList();
            if (labels.Count == 0)
            {
                continue;
            }

            foreach (var label in labels)
            {
                var value = Column(label);
                columns.Add(value with
                {
                    Name = $"{reference.Name}_{label.Name}",
                    Description = $"The {label.Name} of the {target.TypeName.ToLowerInvariant()} (\"{reference.Name}\"): {label.Description}",
                    IsNullable = true,
                    Value = row => link.GetNavigation(row) is { } linked ? value.Value(linked) : null,
                });
            }

            joins.Add((link, new Projection(target.Table, [.. labels.Select(l => l.Column)], [])));
        }

        var name = view?.Name ?? definition.CollectionName;
        return new Export
        {
            Name = KebabCase(name),
            Collection = name,
            Title = name,
            Description = view?.Description ?? definition.CollectionDescription,
            Definition = definition,
            View = view,
            Table = definition.Table,
            Projection = new Projection(definition.Table, definition.Table.Stored, joins),
            Columns = columns,
            Period = period,
            PeriodCode = definition.TypeName == "Period" ? definition.Scalars.Single(s => s.Name == "code").Column : null,
        };
    }

    private static Export Child(EntityDefinition parent, ChildListField child)
    {
        var table = child.Link.Child;
        var key = child.Link.ForeignKey;
        var parentExport = KebabCase(parent.CollectionName);
        var fields = child.ItemType is IComplexGraphType type ? type.Fields : throw new InvalidOperationException($"{child.Name}'s items are not an object type.");
        var columns = new List<ExportColumn>
        {
            new("id", "This row's number in this database.", CellKind.WholeNumber, false, row => table.Id.Get!(row)),
            new($"{KebabCase(parent.TypeName).Replace('-', '_')}_id", $"The id of the row of {parentExport} this row belongs to.", CellKind.WholeNumber, false, key.Get!)
            {
                References = parentExport,
            },
        };
        foreach (var field in fields)
        {
            // The item type's fields, in schema order, each read from the column of the property it is named after.
            var column = table.Stored.Single(c => string.Equals(c.Property, field.Name, StringComparison.OrdinalIgnoreCase));
            columns.Add(new ExportColumn(field.Name, field.Description ?? "", KindOf(column.ModelType), column.IsNullable, column.Get!));
        }

        return new Export
        {
            Name = $"{KebabCase(parent.TypeName)}-{KebabCase(child.Name)}",
            Collection = null,
            Title = $"{parent.CollectionName}.{child.Name}",
            Description = $"{child.Description} (The \"{child.Name}\" of every row of {parentExport}.)",
            Definition = null,
            Table = table,
            Projection = Projection.All(table),
            Columns = columns,
        };
    }

    private static ExportColumn Column(ScalarField scalar)
    {
        var getter = scalar.Getter;
        if (scalar.Kind == ScalarKind.Enum && scalar.GraphType is EnumerationGraphType enumType)
        {
            return new ExportColumn(scalar.Name, scalar.Description, CellKind.Text, scalar.IsNullable, row => getter(row) is { } value ? enumType.Serialize(value) : null)
            {
                Allowed = [.. enumType.Values.Select(v => v.Name)],
            };
        }

        return new ExportColumn(scalar.Name, scalar.Description, KindOf(scalar.ValueType), scalar.IsNullable, getter);
    }

    private static CellKind KindOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => CellKind.WholeNumber,
        var t when t == typeof(decimal) => CellKind.Number,
        var t when t == typeof(DateOnly) => CellKind.Date,
        var t when t == typeof(bool) => CellKind.Boolean,
        _ => CellKind.Text,
    };
}

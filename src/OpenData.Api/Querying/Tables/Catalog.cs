using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Api.Data;

namespace OpenData.Api.Querying.Tables;

/// <summary>
/// Every table of the EF Core model, with its columns' readers, setters and converters compiled once. The model
/// (and so the migrations) stays the one source of table and column names; the query engine only reads it.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<Type, Table> _tables = [];
    private readonly ConcurrentDictionary<(Type, string), ToOneLink> _toOne = new();
    private readonly ConcurrentDictionary<(Type, string), ToManyLink> _toMany = new();

    public Catalog(IModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            _tables[entity.ClrType] = BuildTable(entity);
        }
    }

    /// <summary>The catalog of the app's own model, from a context the factory makes once at start-up.</summary>
    public static Catalog From(IDbContextFactory<OpenDataDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        return new Catalog(db.Model);
    }

    public Table For(Type type) =>
        _tables.TryGetValue(type, out var table) ? table : throw new InvalidOperationException($"{type.Name} is not a mapped table.");

    /// <summary>The link through a foreign key property to the table it points at, with the navigation property beside it.</summary>
    public ToOneLink ToOne(Type from, string foreignKey, string navigation, Type to) =>
        _toOne.GetOrAdd((from, foreignKey), _ =>
        {
            var property = from.GetProperty(navigation) ?? throw new InvalidOperationException($"{from.Name} has no property {navigation}.");
            var access = ColumnAccess.Of(from, property);
            return new ToOneLink
            {
                From = For(from),
                ForeignKey = For(from)[foreignKey],
                To = For(to),
                SetNavigation = access.Set,
                GetNavigation = access.Get,
            };
        });

    /// <summary>The rows of <paramref name="child"/> whose <paramref name="foreignKey"/> points at a <paramref name="parent"/>.</summary>
    public ToManyLink ToMany(Type parent, Type child, string foreignKey) =>
        _toMany.GetOrAdd((child, foreignKey), _ => new ToManyLink { Parent = For(parent), Child = For(child), ForeignKey = For(child)[foreignKey] });

    private static Table BuildTable(IEntityType entity)
    {
        var name = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.ClrType.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var columns = new Dictionary<string, Column>();
        var folded = entity.GetProperties()
            .Where(p => p.FindAnnotation(SearchText.FoldedOfAnnotation)?.Value is string)
            .ToDictionary(p => p.Name, p => (string)p.FindAnnotation(SearchText.FoldedOfAnnotation)!.Value!);
        foreach (var property in entity.GetProperties())
        {
            var original = folded.TryGetValue(property.Name, out var of) ? entity.FindProperty(of) : null;
            columns[property.Name] = BuildColumn(entity.ClrType, property, property.GetColumnName(store)!, original);
        }

        var create = ColumnAccess.FactoryOf(entity.ClrType);
        return new Table
        {
            ClrType = entity.ClrType,
            Name = name,
            Id = columns["Id"],
            Columns = columns,
            Stored = [.. columns.Values.Where(c => c.Set is not null)],
            Create = create,
        };
    }

    private static Column BuildColumn(Type entity, IProperty property, string name, IProperty? foldedOf)
    {
        var converter = property.GetTypeMapping().Converter;
        var modelType = property.ClrType;
        var underlying = Nullable.GetUnderlyingType(modelType) ?? modelType;
        var providerType = converter?.ProviderClrType ?? underlying;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;

        var access = ColumnAccess.For(entity, modelType, providerType, converter);
        var read = access.Reader();
        Action<object, DbDataReader, int>? set = null;
        Func<object, object?>? get = null;
        if (!property.IsShadowProperty() && property.PropertyInfo is { } info)
        {
            set = access.Setter(info);
            get = access.Getter(info);
        }

        var toProvider = converter is null ? (Func<object, object>)(v => v) : v => converter.ConvertToProvider(v)!;
        Func<object, object> fromProvider = converter is null
            ? v => v
            : v => converter.ConvertFromProvider(System.Convert.ChangeType(v, providerType, System.Globalization.CultureInfo.InvariantCulture))!;
        return new Column
        {
            Property = property.Name,
            Name = name,
            ModelType = modelType,
            // A folded copy is blank exactly where its original is.
            IsNullable = foldedOf?.IsNullable ?? property.IsNullable,
            ToProvider = toProvider,
            FromProvider = fromProvider,
            Read = read,
            Set = set,
            Get = get,
        };
    }
}

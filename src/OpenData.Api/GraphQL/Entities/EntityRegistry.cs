using GraphQL.Types;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Entities;

/// <summary>All entity definitions the schema exposes, found by CLR type, each bound to its table in the model.</summary>
public sealed class EntityRegistry
{
    private readonly Dictionary<Type, EntityDefinition> _byType;

    public EntityRegistry(IEnumerable<EntityDefinition> definitions, Catalog catalog)
    {
        _byType = definitions.ToDictionary(d => d.ClrType);
        Catalog = catalog;
        foreach (var definition in _byType.Values)
        {
            definition.Bind(catalog);
        }

        var vocabularies = new Dictionary<string, EnumerationGraphType>();
        foreach (var scalar in _byType.Values.SelectMany(d => d.Scalars).Where(s => s.Vocabulary is not null))
        {
            var type = scalar.Vocabulary!(this);
            scalar.GraphType = vocabularies.TryAdd(type.Name, type) ? type : vocabularies[type.Name];
        }
    }

    public Catalog Catalog { get; }

    public IEnumerable<EntityDefinition> All => _byType.Values;

    public EntityDefinition For(Type type) =>
        _byType.TryGetValue(type, out var definition)
            ? definition
            : throw new InvalidOperationException($"{type.Name} has no entity definition.");
}

namespace OpenData.Api.GraphQL.Entities;

/// <summary>All entity definitions the schema exposes, found by CLR type.</summary>
public sealed class EntityRegistry(IEnumerable<EntityDefinition> definitions)
{
    private readonly Dictionary<Type, EntityDefinition> _byType = definitions.ToDictionary(d => d.ClrType);

    public IEnumerable<EntityDefinition> All => _byType.Values;

    public EntityDefinition For(Type type) =>
        _byType.TryGetValue(type, out var definition)
            ? definition
            : throw new InvalidOperationException($"{type.Name} has no entity definition.");
}

using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Api.Querying.Tables;

/// <summary>
/// A column's reader, setter and getter as typed generic code over delegates bound to the property's accessors.
/// Compiling an expression tree per column instead made start-up JIT-compile some 650 dynamic methods at full
/// optimisation (dynamic methods skip tiering); these instantiations are a few per CLR type and start at tier 0.
/// </summary>
internal abstract class ColumnAccess
{
    public abstract Func<DbDataReader, int, object?> Reader();

    public abstract Action<object, DbDataReader, int> Setter(PropertyInfo property);

    public abstract Func<object, object?> Getter(PropertyInfo property);

    /// <summary>
    /// The accessors of a column whose property has type <paramref name="modelType"/> (nullable where the column is)
    /// and whose store value, read as <paramref name="providerType"/>, becomes a model value through the converter.
    /// </summary>
    public static ColumnAccess For(Type entity, Type modelType, Type providerType, ValueConverter? converter)
    {
        var value = Nullable.GetUnderlyingType(modelType) ?? modelType;
        var generic = value != modelType ? typeof(NullableColumnAccess<,,>) : typeof(ColumnAccess<,,>);
        return (ColumnAccess)Activator.CreateInstance(generic.MakeGenericType(entity, value, providerType), converter)!;
    }

    /// <summary>A property's getter and setter taking and giving objects, such as a navigation's.</summary>
    public static PropertyAccess Of(Type entity, PropertyInfo property) =>
        (PropertyAccess)Activator.CreateInstance(typeof(PropertyAccess<,>).MakeGenericType(entity, property.PropertyType), property)!;

    /// <summary>Makes an empty row of the entity.</summary>
    public static Func<object> FactoryOf(Type entity) =>
        typeof(ColumnAccess).GetMethod(nameof(New), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity).CreateDelegate<Func<object>>();

    private static object New<T>()
        where T : new() => new T();

    // A converter whose model type is not the property's own (a list property stored through a converter of a list
    // interface, say) converts untyped, as EF Core itself would.
    protected static Func<TProvider, TValue> Convert<TValue, TProvider>(ValueConverter? converter) => converter switch
    {
        null => (Func<TProvider, TValue>)(object)(Func<TValue, TValue>)(static v => v),
        ValueConverter<TValue, TProvider> typed => typed.ConvertFromProviderTyped,
        _ => v => (TValue)converter.ConvertFromProvider(v)!,
    };
}

internal abstract class PropertyAccess
{
    public abstract object? Get(object row);

    public abstract void Set(object row, object value);
}

internal sealed class PropertyAccess<TEntity, TProperty>(PropertyInfo property) : PropertyAccess
{
    private readonly Func<TEntity, TProperty> _get = property.GetMethod!.CreateDelegate<Func<TEntity, TProperty>>();
    private readonly Action<TEntity, TProperty> _set = property.SetMethod!.CreateDelegate<Action<TEntity, TProperty>>();

    public override object? Get(object row) => _get((TEntity)row);

    public override void Set(object row, object value) => _set((TEntity)row, (TProperty)value);
}

/// <summary>A column whose property's type is the value type itself, or a reference type.</summary>
internal sealed class ColumnAccess<TEntity, TValue, TProvider>(ValueConverter? converter) : ColumnAccess
{
    private readonly Func<TProvider, TValue> _convert = Convert<TValue, TProvider>(converter);

    public override Func<DbDataReader, int, object?> Reader() => (reader, ordinal) =>
        reader.IsDBNull(ordinal) ? null : _convert(reader.GetFieldValue<TProvider>(ordinal));

    public override Action<object, DbDataReader, int> Setter(PropertyInfo property)
    {
        var set = property.SetMethod!.CreateDelegate<Action<TEntity, TValue>>();
        return (row, reader, ordinal) => set((TEntity)row, reader.IsDBNull(ordinal) ? default! : _convert(reader.GetFieldValue<TProvider>(ordinal)));
    }

    public override Func<object, object?> Getter(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TEntity, TValue>>();
        return row => get((TEntity)row);
    }
}

/// <summary>A column whose property is a nullable value type: blank cells leave it null.</summary>
internal sealed class NullableColumnAccess<TEntity, TValue, TProvider>(ValueConverter? converter) : ColumnAccess
    where TValue : struct
{
    private readonly Func<TProvider, TValue> _convert = Convert<TValue, TProvider>(converter);

    public override Func<DbDataReader, int, object?> Reader() => (reader, ordinal) =>
        reader.IsDBNull(ordinal) ? null : _convert(reader.GetFieldValue<TProvider>(ordinal));

    public override Action<object, DbDataReader, int> Setter(PropertyInfo property)
    {
        var set = property.SetMethod!.CreateDelegate<Action<TEntity, TValue?>>();
        return (row, reader, ordinal) => set((TEntity)row, reader.IsDBNull(ordinal) ? null : _convert(reader.GetFieldValue<TProvider>(ordinal)));
    }

    public override Func<object, object?> Getter(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TEntity, TValue?>>();
        return row => get((TEntity)row);
    }
}

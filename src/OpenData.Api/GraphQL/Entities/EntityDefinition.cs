using System.Linq.Expressions;
using OpenData.Api.Data;
using OpenData.Api.Features.Common;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Entities;

/// <summary>
/// What the schema exposes of one entity: its fields with their descriptions and its links. The object type,
/// filter and sort inputs, connection and root fields are all derived from it.
/// </summary>
public abstract class EntityDefinition
{
    private readonly List<ScalarField> _scalars = [];
    private readonly List<RelationField> _relations = [];
    private readonly List<PlainField> _plain = [];
    private readonly List<ChildListField> _children = [];
    private readonly List<CollectionView> _views = [];
    private readonly List<(global::GraphQL.Types.FieldType Field, global::GraphQL.Types.IGraphType[] Types)> _custom = [];

    protected EntityDefinition(string typeName, string description, string collectionName, string collectionDescription)
    {
        TypeName = typeName;
        Description = description;
        CollectionName = collectionName;
        CollectionDescription = collectionDescription;
    }

    public string TypeName { get; }
    public string Description { get; }
    public string CollectionName { get; }
    public string CollectionDescription { get; }
    public abstract Type ClrType { get; }
    public IReadOnlyList<ScalarField> Scalars => _scalars;
    public IReadOnlyList<RelationField> Relations => _relations;
    public IReadOnlyList<PlainField> PlainFields => _plain;
    public IReadOnlyList<ChildListField> ChildLists => _children;

    /// <summary>More root fields over the same rows with a fixed filter, e.g. `discrepancies` = checks that do not match.</summary>
    public IReadOnlyList<CollectionView> Views => _views;

    /// <summary>Hand-written fields (with the types they bring) for what the derived ones cannot say, like a department's profile.</summary>
    public IReadOnlyList<(global::GraphQL.Types.FieldType Field, global::GraphQL.Types.IGraphType[] Types)> CustomFields => _custom;

    /// <summary>A root field that finds one row by a unique key, e.g. department(code: "17").</summary>
    public ScalarField? LookupKey { get; protected set; }

    public string? LookupDescription { get; protected set; }

    /// <summary>What else the lookup accepts (names, the key as typed) and what it says when it finds nothing.</summary>
    public LookupForms? LookupForms { get; protected set; }

    public abstract Func<object, int> GetId { get; }

    /// <summary>The entity's table, bound at start-up from the model.</summary>
    public Table Table { get; private set; } = null!;

    /// <summary>Binds every field to its column or link in the model; done once, when the registry is built.</summary>
    internal void Bind(Catalog catalog)
    {
        Table = catalog.For(ClrType);
        foreach (var scalar in _scalars)
        {
            scalar.Column = Table[scalar.Property];
            scalar.KindColumn = scalar.KindProperty is { } kind ? Table[kind] : null;
            scalar.Compared = scalar.FoldedProperty is { } folded ? Table[folded] : scalar.Column;
        }

        foreach (var relation in _relations)
        {
            switch (relation)
            {
                case ReferenceField reference:
                    reference.Link = catalog.ToOne(ClrType, reference.ForeignKeyProperty, reference.NavigationProperty, reference.TargetType);
                    break;
                case CollectionField collection:
                    collection.Link = catalog.ToMany(ClrType, collection.TargetType, collection.TargetForeignKeyProperty);
                    break;
            }
        }

        foreach (var child in _children)
        {
            child.Link = catalog.ToMany(ClrType, child.ChildType, child.ForeignKeyProperty);
        }
    }

    protected void Add(ScalarField field) => _scalars.Add(field);

    protected void Add(RelationField field) => _relations.Add(field);

    protected void Add(PlainField field) => _plain.Add(field);

    protected void Add(ChildListField field) => _children.Add(field);

    protected void Custom(global::GraphQL.Types.FieldType field, params global::GraphQL.Types.IGraphType[] types) => _custom.Add((field, types));

    protected void View(string name, string description, IDictionary<string, object?> where) => _views.Add(new CollectionView(name, description, where));
}

public abstract class EntityDefinition<T>(string typeName, string description, string collectionName, string collectionDescription)
    : EntityDefinition(typeName, description, collectionName, collectionDescription)
    where T : class
{
    public override Type ClrType => typeof(T);

    private static readonly Func<T, int> _id = BuildId();

    public override Func<object, int> GetId => source => _id((T)source);

    private static Func<T, int> BuildId() => typeof(T).GetProperty("Id")!.GetMethod!.CreateDelegate<Func<T, int>>();

    // A plain property read binds to the property's getter: compiling the selector would JIT a dynamic method at
    // full optimisation for every field of every entity at start-up.
    private static Func<T, TValue> Accessor<TValue>(Expression<Func<T, TValue>> selector) =>
        selector.Body is MemberExpression { Expression: ParameterExpression, Member: System.Reflection.PropertyInfo { GetMethod: { } getter } }
            ? getter.CreateDelegate<Func<T, TValue>>()
            : selector.Compile();

    protected ScalarField Field<TValue>(string name, Expression<Func<T, TValue>> selector, string description) =>
        Scalar(name, selector, description, null);

    /// <summary>
    /// A text column that holds one name of a closed list (a collection, a field, a measure), served as an enum so
    /// that the IDE completes it and a misspelt name is refused; filters compare the stored name exactly.
    /// </summary>
    protected ScalarField Vocabulary(string name, Expression<Func<T, string?>> selector, Func<EntityRegistry, global::GraphQL.Types.EnumerationGraphType> vocabulary, string description) =>
        Scalar(name, selector, description, vocabulary);

    private ScalarField Scalar<TValue>(string name, Expression<Func<T, TValue>> selector, string description, Func<EntityRegistry, global::GraphQL.Types.EnumerationGraphType>? vocabulary)
    {
        var valueType = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        var kind = valueType switch
        {
            _ when valueType == typeof(int) => ScalarKind.Count,
            _ when valueType == typeof(decimal) => ScalarKind.Number,
            _ when valueType == typeof(string) => vocabulary is null ? ScalarKind.Text : ScalarKind.Enum,
            _ when valueType == typeof(DateOnly) => ScalarKind.Date,
            _ when valueType == typeof(bool) => ScalarKind.Boolean,
            _ when valueType.IsEnum => ScalarKind.Enum,
            _ => throw new NotSupportedException($"{TypeName}.{name}: {valueType} is not a supported scalar."),
        };
        var compiled = Accessor(selector);
        var isNullable = !typeof(TValue).IsValueType
            ? IsNullableReference(selector)
            : Nullable.GetUnderlyingType(typeof(TValue)) is not null;
        var property = PropertyOf(selector);
        var field = new ScalarField
        {
            Name = name,
            Description = description,
            Selector = selector,
            Kind = kind,
            IsNullable = isNullable,
            Getter = source => compiled((T)source),
            IsMeasure = kind is ScalarKind.Count or ScalarKind.Number,
            Property = property,
            Vocabulary = vocabulary,

            // Every mapped text column has a folded copy (SearchText), so every text filter ignores case and accents.
            FoldedProperty = kind == ScalarKind.Text ? SearchText.FoldedColumn(property) : null,
        };
        Add(field);
        return field;
    }

    /// <summary>
    /// A decimal figure of a view that mixes counts with amounts and rates, served as its row's kind says the report
    /// prints it; filters and sorts still work on the stored hundredths, and a sum, minimum or maximum over rows of
    /// one kind is written in that kind's form too.
    /// </summary>
    protected ScalarField Figure<TValue>(string name, Expression<Func<T, TValue>> selector, Expression<Func<T, FigureKind>> kind, string description)
    {
        var field = Field(name, selector, description);
        var value = field.Getter;
        var kindOf = kind.Compile();
        field.Getter = source => PrintedFigures.AsPrinted((decimal?)value(source), kindOf((T)source));
        field.KindProperty = PropertyOf(kind);
        return field;
    }

    /// <summary>A text field that filters ignore case and accents on, through its folded shadow column.</summary>
    protected ScalarField Text(string name, Expression<Func<T, string?>> selector, string description) =>
        Field(name, selector, description);

    /// <summary>A list of texts, such as a programme's modalities, shown as [String!]!.</summary>
    protected void TextList(string name, Func<T, IReadOnlyList<string>> getter, string description) =>
        Add(new PlainField(
            name,
            description,
            new global::GraphQL.Types.NonNullGraphType(new global::GraphQL.Types.ListGraphType(new global::GraphQL.Types.NonNullGraphType(new global::GraphQL.Types.GraphQLTypeReference("String")))),
            source => getter((T)source)));

    protected void Reference<TTarget>(
        string name, Expression<Func<T, int?>> foreignKey, Expression<Func<T, TTarget?>> navigation, string description)
        where TTarget : class =>
        Add(new ReferenceField
        {
            Name = name,
            Description = description,
            TargetType = typeof(TTarget),
            ForeignKey = foreignKey,
            ForeignKeyProperty = PropertyOf(foreignKey),
            NavigationProperty = PropertyOf(navigation),
            IsNullable = IsNullableReference(foreignKey) || Nullable.GetUnderlyingType(StripConvert(foreignKey.Body).Type) is not null,
        });

    protected void Collection<TTarget>(string name, Expression<Func<TTarget, int?>> targetForeignKey, string description)
        where TTarget : class =>
        Add(new CollectionField
        {
            Name = name,
            Description = description,
            TargetType = typeof(TTarget),
            TargetForeignKeyProperty = PropertyOf(targetForeignKey),
        });

    /// <summary>A list of rows of <typeparamref name="TChild"/> pointing at this entity through <paramref name="foreignKey"/>.</summary>
    protected void Children<TChild>(string name, Expression<Func<TChild, int>> foreignKey, string description, global::GraphQL.Types.IGraphType itemType)
        where TChild : class =>
        Add(new ChildListField
        {
            Name = name,
            Description = description,
            ItemType = itemType,
            ChildType = typeof(TChild),
            ForeignKeyProperty = PropertyOf(foreignKey),
        });

    private static string PropertyOf(LambdaExpression selector) =>
        StripConvert(selector.Body) is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new NotSupportedException($"{selector} is not a property of the entity.");

    private static Expression StripConvert(Expression body) =>
        body is UnaryExpression { NodeType: ExpressionType.Convert } unary ? unary.Operand : body;

    private static bool IsNullableReference(LambdaExpression selector)
    {
        if (StripConvert(selector.Body) is not MemberExpression { Member: System.Reflection.PropertyInfo property })
        {
            return true;
        }

        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }

        return new System.Reflection.NullabilityInfoContext().Create(property).ReadState
            != System.Reflection.NullabilityState.NotNull;
    }
}

using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Paging;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>The scalars, operator inputs, sort direction and page info that every entity's types share.</summary>
public sealed class SharedTypes
{
    public SharedTypes()
    {
        Scalars = new Dictionary<ScalarKind, IGraphType>
        {
            [ScalarKind.Count] = Named("Int"),
            [ScalarKind.Number] = new DecimalGraphType
            {
                Description = "An exact decimal number, such as an amount in quetzales (Q7,674,675.24 is 7674675.24) or a percentage as printed (23.23). Never rounded through floating point.",
            },
            [ScalarKind.Text] = Named("String"),
            [ScalarKind.Date] = new DateOnlyGraphType { Name = "Date", Description = "A calendar date, written yyyy-MM-dd." },
            [ScalarKind.Boolean] = Named("Boolean"),
        };
        foreach (var kind in new[] { ScalarKind.Count, ScalarKind.Number, ScalarKind.Text, ScalarKind.Date, ScalarKind.Boolean })
        {
            OperationFilters[kind] = OperationFilterInputs.Create(kind, Scalars[kind], $"{ScalarName(Scalars[kind])}OperationFilterInput");
        }

        SortDirection = new EnumerationGraphType { Name = "SortEnumType", Description = "The direction of a sort key. Blank (null) values always come last." };
        SortDirection.Add("ASC", Sorting.SortDirection.Ascending, "Smallest first (A to Z, oldest first).");
        SortDirection.Add("DESC", Sorting.SortDirection.Descending, "Largest first (Z to A, newest first).");

        PageInfo = new ObjectGraphType<PageInfo> { Name = "PageInfo", Description = "Where a page sits in the whole list, and the cursors to move from it." };
        Field(PageInfo, "hasNextPage", new NonNullGraphType(Named("Boolean")), "Whether rows follow this page.", p => p.HasNextPage);
        Field(PageInfo, "hasPreviousPage", new NonNullGraphType(Named("Boolean")), "Whether rows come before this page.", p => p.HasPreviousPage);
        Field(PageInfo, "startCursor", Named("String"), "The cursor of the first row of the page; pass it as `before` for the previous page.", p => p.StartCursor);
        Field(PageInfo, "endCursor", Named("String"), "The cursor of the last row of the page; pass it as `after` for the next page.", p => p.EndCursor);
    }

    public IReadOnlyDictionary<ScalarKind, IGraphType> Scalars { get; }
    public Dictionary<ScalarKind, InputObjectGraphType> OperationFilters { get; } = [];
    public Dictionary<string, InputObjectGraphType> EnumOperationFilters { get; } = [];
    public EnumerationGraphType SortDirection { get; }

    private readonly Dictionary<string, IGraphType> _enums = [];
    public ObjectGraphType<PageInfo> PageInfo { get; }

    public ObjectGraphType<MeasureChange> MeasureChange { get; } = PeriodChange.MeasureChangeType();

    /// <summary>
    /// A reference to a type by name. Built-in scalars are referenced this way rather than instantiated, since
    /// GraphQL.NET refuses two instances of one type.
    /// </summary>
    public static GraphQLTypeReference Named(string name) => new(name);

    private static string ScalarName(IGraphType type) => type is GraphQLTypeReference reference ? reference.TypeName : type.Name;

    /// <summary>
    /// The field's type. Fields of several entities may bring their own instance of one enum (FigureKind, say):
    /// the schema takes one instance per name, the first.
    /// </summary>
    public IGraphType ScalarFor(ScalarField field)
    {
        if (field.GraphType is null)
        {
            return Scalars[field.Kind];
        }

        if (!_enums.TryGetValue(field.GraphType.Name, out var type))
        {
            type = field.GraphType;
            _enums[type.Name] = type;
        }

        return type;
    }

    public InputObjectGraphType FilterFor(ScalarField field)
    {
        if (field.GraphType is null)
        {
            return OperationFilters[field.Kind];
        }

        var name = field.GraphType.Name;
        if (!EnumOperationFilters.TryGetValue(name, out var filter))
        {
            filter = OperationFilterInputs.Create(ScalarKind.Enum, ScalarFor(field), $"{name}OperationFilterInput");
            EnumOperationFilters[name] = filter;
        }

        return filter;
    }

    /// <summary>Adds a field to an object type with its type given as an instance or reference.</summary>
    public static void Field<TSource>(ObjectGraphType<TSource> type, string name, IGraphType fieldType, string description, Func<TSource, object?> resolve) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = fieldType,
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<TSource, object?>(c => resolve(c.Source)),
        });
}

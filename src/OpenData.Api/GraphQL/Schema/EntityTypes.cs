using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.Api.GraphQL.Batching;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Paging;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>The GraphQL types derived from one entity definition: the object, its filter and sort inputs, its connection.</summary>
public sealed class EntityTypes
{
    public EntityTypes(EntityDefinition definition, EntityRegistry registry, SharedTypes shared)
    {
        Definition = definition;
        Output = BuildObject(definition, registry, shared);
        foreach (var (field, types) in definition.CustomFields)
        {
            Output.AddField(field);
            ExtraTypes.AddRange(types);
        }

        if (PeriodChange.For(definition, shared.MeasureChange) is var (changeField, changeType))
        {
            Output.AddField(changeField);
            ExtraTypes.Add(changeType);
        }

        var columnFilters = new Filtering.ColumnFilters(definition, shared);
        ExtraTypes.AddRange(columnFilters.All);
        Filter = BuildFilter(definition, registry, shared, columnFilters);
        Sort = BuildSort(definition, registry, shared);
        ListFilter = BuildListFilter(definition);
        (Connection, Edge) = BuildConnection(definition, shared);
        Aggregates = new Aggregation.AggregateTypes(definition, registry, shared);
        Connection.AddField(Aggregates.AggregatesField());

        Connection.AddField(Aggregates.GroupedAggregatesField());
    }

    public EntityDefinition Definition { get; }
    public ObjectGraphType<object> Output { get; }
    public InputObjectGraphType Filter { get; }
    public InputObjectGraphType Sort { get; }
    public InputObjectGraphType ListFilter { get; }
    public ObjectGraphType<Connection> Connection { get; }
    public ObjectGraphType<Edge> Edge { get; }

    public Aggregation.AggregateTypes Aggregates { get; }

    public IEnumerable<IGraphType> All => [Output, Filter, Sort, ListFilter, Connection, Edge, .. Aggregates.All, .. ExtraTypes];

    private List<IGraphType> ExtraTypes { get; } = [];

    private static ObjectGraphType<object> BuildObject(EntityDefinition definition, EntityRegistry registry, SharedTypes shared)
    {
        var type = new ObjectGraphType<object> { Name = definition.TypeName, Description = definition.Description };
        type.AddField(new FieldType
        {
            Name = "id",
            Description = "This row's number in this database. Use it to tell rows apart; it can change when the database is rebuilt, so join other data on codes, not on it.",
            ResolvedType = new NonNullGraphType(SharedTypes.Named("Int")),
            Resolver = new FuncFieldResolver<object, int>(c => definition.GetId(c.Source!)),
        });
        foreach (var scalar in definition.Scalars)
        {
            type.AddField(new FieldType
            {
                Name = scalar.Name,
                Description = scalar.Description,
                ResolvedType = scalar.IsNullable ? shared.ScalarFor(scalar) : new NonNullGraphType(shared.ScalarFor(scalar)),
                Resolver = new FuncFieldResolver<object, object?>(c => scalar.Getter(c.Source!)),
            });
        }

        foreach (var plain in definition.PlainFields)
        {
            type.AddField(new FieldType
            {
                Name = plain.Name,
                Description = plain.Description,
                ResolvedType = plain.Type,
                Resolver = new FuncFieldResolver<object, object?>(c => plain.Getter(c.Source!)),
            });
        }

        foreach (var relation in definition.Relations)
        {
            var target = new GraphQLTypeReference(registry.For(relation.TargetType).TypeName);
            type.AddField(relation switch
            {
                ReferenceField reference => new FieldType
                {
                    Name = reference.Name,
                    Description = reference.Description,
                    ResolvedType = reference.IsNullable ? target : new NonNullGraphType(target),
                    Resolver = new FuncFieldResolver<object, object?>(c => LoadOne(c, reference)),
                },
                CollectionField collection => ListField(collection, target, registry),
                _ => throw new NotSupportedException(relation.GetType().Name),
            });
        }

        foreach (var child in definition.ChildLists)
        {
            type.AddField(WithRows(new FieldType
            {
                Name = child.Name,
                Description = child.Description,
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(child.ItemType))),
                Resolver = new FuncFieldResolver<object, object?>(c => BatchLoaders.Of(c)
                    .Children(child.Link, null, () => new ChildPlan(null, [], null))
                    .Load(definition.GetId(c.Source!))),
            }, (_, statistics) => statistics.MostChildren(child.Link) ?? PagingArguments.MaxPageSize));
        }

        return type;
    }

    /// <summary>A list inside a row (a department's coverage rows, say): filtered, ordered and cut, one statement per level.</summary>
    private static FieldType ListField(CollectionField collection, GraphQLTypeReference target, EntityRegistry registry)
    {
        var targetDefinition = registry.For(collection.TargetType);
        var field = WithRows(new FieldType
        {
            Name = collection.Name,
            Description = collection.Description,
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(target))),
            Arguments = new QueryArguments(
                new QueryArgument(new GraphQLTypeReference($"{targetDefinition.TypeName}FilterInput")) { Name = "where", Description = "Only rows that meet these conditions, e.g. one term: `{ period: { code: { eq: \"2021-T1\" } } }`." },
                new QueryArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference($"{targetDefinition.TypeName}SortInput")))) { Name = "order", Description = "Sort keys, most significant first; rows tie-break on id." },
                new QueryArgument(SharedTypes.Named("Int")) { Name = "first", Description = $"At most this many rows (0 to {PagingArguments.MaxPageSize}), the first in `order`; every row when left out." }),
            Resolver = new FuncFieldResolver<object, object?>(c => BatchLoaders.Of(c)
                .Children(collection.Link, c.Arguments, () => c.RequestServices!.GetRequiredService<ArgumentPlans>()
                    .For(c.Arguments, () => ChildPlanFor(c.RequestServices!, targetDefinition, c.Arguments)))
                .Load(registry.For(collection.Link.Parent.ClrType).GetId(c.Source!))),
        }, (c, statistics) => Math.Min(CostAnalysis.WholeArgument(c.Arguments, "first") ?? double.PositiveInfinity, statistics.MostChildren(collection.Link) ?? PagingArguments.MaxPageSize));
        ArgumentPlans.ValidateWith(field, (services, arguments) => ChildPlanFor(services, targetDefinition, arguments));
        return field;
    }

    private static FieldType WithRows(FieldType field, Func<global::GraphQL.Validation.Complexity.FieldImpactContext, RowStatistics, double> estimate)
    {
        CostAnalysis.Rows(field, estimate);
        return field;
    }

    private static ChildPlan ChildPlanFor(IServiceProvider services, EntityDefinition target, IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments)
    {
        var first = RootPlan.Argument<int?>(arguments, "first");
        if (first is < 0 or > PagingArguments.MaxPageSize)
        {
            throw new Filtering.FilterException("PAGE_SIZE_OUT_OF_RANGE", $"\"first\" must be between 0 and {PagingArguments.MaxPageSize}; it was {first}.");
        }

        return new ChildPlan(
            services.GetRequiredService<Filtering.FilterTranslator>().Where(target, RootPlan.Argument<IDictionary<string, object?>>(arguments, "where")),
            services.GetRequiredService<Sorting.OrderTranslator>().Order(target, RootPlan.Argument<IEnumerable<object?>>(arguments, "order")),
            first);
    }

    private static object? LoadOne(global::GraphQL.IResolveFieldContext<object> context, ReferenceField reference)
    {
        var link = reference.Link;
        if (link.KeyOf(context.Source!) is not { } key)
        {
            return null;
        }

        // Read in the same statement as the row (a join), or else loaded with the other rows of the level.
        return link.GetNavigation(context.Source!)
            ?? BatchLoaders.Of(context).ById(link.To).LoadOne(key);
    }

    private static InputObjectGraphType BuildFilter(EntityDefinition definition, EntityRegistry registry, SharedTypes shared, Filtering.ColumnFilters columnFilters)
    {
        var name = $"{definition.TypeName}FilterInput";
        var type = new InputObjectGraphType
        {
            Name = name,
            Description = $"Conditions on {definition.TypeName} rows. All conditions given must hold; text ignores case and accents.",
        };
        var self = new GraphQLTypeReference(name);
        Add(type, "and", new ListGraphType(new NonNullGraphType(self)), "All of these conditions hold.");
        Add(type, "or", new ListGraphType(new NonNullGraphType(self)), "At least one of these conditions holds.");
        Add(type, "not", self, "This condition does not hold.");
        foreach (var scalar in definition.Scalars)
        {
            Add(type, scalar.Name, columnFilters.For(scalar, shared), scalar.Description);
        }

        foreach (var relation in definition.Relations)
        {
            var target = registry.For(relation.TargetType).TypeName;
            Add(type, relation.Name, new GraphQLTypeReference(relation is CollectionField ? $"{target}ListFilterInput" : $"{target}FilterInput"), relation.Description);
        }

        return type;
    }

    private static InputObjectGraphType BuildListFilter(EntityDefinition definition)
    {
        var element = new GraphQLTypeReference($"{definition.TypeName}FilterInput");
        var type = new InputObjectGraphType
        {
            Name = $"{definition.TypeName}ListFilterInput",
            Description = $"Conditions on a list of {definition.TypeName} rows.",
        };
        Add(type, "some", element, "At least one row of the list matches.");
        Add(type, "all", element, "Every row of the list matches (true for an empty list).");
        Add(type, "none", element, "No row of the list matches.");
        Add(type, "any", SharedTypes.Named("Boolean"), "true: the list has rows; false: the list is empty.");
        return type;
    }

    private static InputObjectGraphType BuildSort(EntityDefinition definition, EntityRegistry registry, SharedTypes shared)
    {
        var type = new InputObjectGraphType
        {
            Name = $"{definition.TypeName}SortInput",
            Description = $"A sort key for {definition.TypeName} rows: set one field per list item, e.g. `order: [{{ {definition.Scalars[0].Name}: DESC }}]`.",
        };
        foreach (var scalar in definition.Scalars)
        {
            Add(type, scalar.Name, shared.SortDirection, scalar.Description);
        }

        foreach (var relation in definition.Relations.OfType<ReferenceField>())
        {
            Add(type, relation.Name, new GraphQLTypeReference($"{registry.For(relation.TargetType).TypeName}SortInput"), relation.Description);
        }

        return type;
    }

    private static (ObjectGraphType<Connection>, ObjectGraphType<Edge>) BuildConnection(EntityDefinition definition, SharedTypes shared)
    {
        var node = new NonNullGraphType(new GraphQLTypeReference(definition.TypeName));
        var edge = new ObjectGraphType<Edge> { Name = $"{definition.TypeName}Edge", Description = $"{Article(definition.TypeName)} {definition.TypeName} row with its cursor." };
        SharedTypes.Field(edge, "cursor", new NonNullGraphType(SharedTypes.Named("String")), "Where this row sits; pass it as `after` or `before`.", e => e.Cursor);
        edge.AddField(new FieldType { Name = "node", Description = "The row.", ResolvedType = node, Resolver = new FuncFieldResolver<Edge, object>(c => c.Source.Node) });

        var connection = new ObjectGraphType<Connection> { Name = $"{definition.TypeName}Connection", Description = $"A page of {definition.TypeName} rows." };
        // A page holds its `first` (or last, or default) rows, and never more than its table.
        Func<global::GraphQL.Validation.Complexity.FieldImpactContext, RowStatistics, double> page =
            (c, statistics) => Math.Min(CostAnalysis.PageSize(c.Parent?.Arguments), statistics.Rows(definition.Table) ?? double.PositiveInfinity);
        connection.AddField(WithRows(new FieldType { Name = "nodes", Description = "The rows of this page.", ResolvedType = new NonNullGraphType(new ListGraphType(node)), Resolver = new FuncFieldResolver<Connection, object>(c => c.Source.Nodes) }, page));
        connection.AddField(WithRows(new FieldType { Name = "edges", Description = "The rows of this page with their cursors.", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))), Resolver = new FuncFieldResolver<Connection, object>(c => c.Source.Edges) }, page));
        connection.AddField(new FieldType { Name = "pageInfo", Description = "Whether there are more pages, and the cursors to reach them.", ResolvedType = new NonNullGraphType(shared.PageInfo), Resolver = new FuncFieldResolver<Connection, object>(c => c.Source.PageInfo) });
        SharedTypes.Field(connection, "totalCount", new NonNullGraphType(SharedTypes.Named("Int")), "How many rows match the filter, on all pages. Counted only when asked for.", c => c.TotalCount ?? 0);
        return (connection, edge);
    }

    private static string Article(string noun) => "AEIOU".Contains(noun[0], StringComparison.Ordinal) ? "An" : "A";

    private static void Add(InputObjectGraphType type, string name, IGraphType fieldType, string description) =>
        type.AddField(new FieldType { Name = name, Description = description, ResolvedType = fieldType });
}

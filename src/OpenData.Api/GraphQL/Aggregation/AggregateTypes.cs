using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using OpenData.Api.GraphQL.Batching;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Paging;
using OpenData.Api.GraphQL.Schema;
using OpenData.Api.GraphQL.Sorting;
using OpenData.Api.GraphQL.Terms;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>
/// The aggregate types of one entity, derived from its measures and links: `aggregates` over the filtered
/// rows and `groupedAggregates` by up to three keys, with `having` and ordering on aggregates.
/// </summary>
public sealed class AggregateTypes
{
    private static readonly (string Name, MeasureFunction Function, string Description)[] _functions =
    [
        ("sum", MeasureFunction.Sum, "Sums of each measure over the rows; blank values are left out, and a set with no values gives null."),
        ("avg", MeasureFunction.Average, "Averages of each measure over the rows that have a value, as the exact quotient rounded half away from zero to 4 decimals; null when no row has a value."),
        ("min", MeasureFunction.Min, "The smallest value of each measure; null when no row has a value."),
        ("max", MeasureFunction.Max, "The largest value of each measure; null when no row has a value."),
    ];

    private readonly EntityDefinition _definition;
    private readonly IReadOnlyList<GroupKeyPart> _keyParts;
    private readonly List<IGraphType> _types = [];

    public AggregateTypes(EntityDefinition definition, EntityRegistry registry, SharedTypes shared)
    {
        _definition = definition;
        _keyParts = GroupKeyPart.All(definition);
        var name = definition.TypeName;
        var measures = definition.Scalars.Where(s => s.IsMeasure).ToList();
        // An entity without measures (departments, say) still counts and groups; it has no sums.
        var values = measures.Count == 0 ? null : Values($"{name}Measures", $"Sums, minima or maxima of the measures of {name} rows.", measures, shared, average: false);
        var averages = measures.Count == 0 ? null : Values($"{name}Averages", $"Averages of the measures of {name} rows.", measures, shared, average: true);

        var shareMeasures = ShareField.Measures(definition, measures);
        FieldType? Share() => shareMeasures is null ? null : ShareField.Create(definition, shareMeasures, shared.Scalars[ScalarKind.Number]);
        Aggregates = new ObjectGraphType<AggregateResult> { Name = $"{name}Aggregates", Description = $"Totals over the {name} rows that match the filter (all of them, not one page)." };
        AddAggregateFields(Aggregates, values, averages, Share());
        AddTermsField(Aggregates, definition, registry);

        var key = new ObjectGraphType<AggregateResult> { Name = $"{name}GroupKey", Description = $"What a group of {name} rows has in common: the fields it was grouped by (the others are null)." };
        foreach (var part in _keyParts)
        {
            key.AddField(KeyField(part, registry, shared));
        }

        var group = new ObjectGraphType<AggregateResult> { Name = $"{name}Group", Description = $"A group of {name} rows that share the grouped-by fields, with totals over the group." };
        group.AddField(new FieldType { Name = "key", Description = "The grouped-by fields' values.", ResolvedType = new NonNullGraphType(key), Resolver = new FuncFieldResolver<AggregateResult, AggregateResult>(c => c.Source) });
        AddAggregateFields(group, values, averages, Share());
        AddTermsField(group, definition, registry);

        GroupBy = new EnumerationGraphType { Name = $"{name}GroupBy", Description = $"A field to group {name} rows by." };
        foreach (var part in _keyParts)
        {
            GroupBy.Add(part.EnumName, part.Name, part.Reference is null ? $"Group by {part.Name}." : $"Group by {part.Name} (the linked row).");
        }

        var measureFilter = Input($"{name}MeasuresFilterInput", $"Conditions on aggregates of {name} measures.", measures.Select(m => (m.Name, (IGraphType)shared.FilterFor(m), m.Description)));
        var measureSort = Input($"{name}MeasuresSortInput", $"Sort groups by an aggregate of a {name} measure.", measures.Select(m => (m.Name, (IGraphType)shared.SortDirection, m.Description)));
        (string, IGraphType, string)[] byMeasure = measures.Count == 0 ? [] :
        [
            ("sum", measureFilter, "Conditions on sums."),
            ("min", measureFilter, "Conditions on minima."),
            ("max", measureFilter, "Conditions on maxima."),
        ];
        (string, IGraphType, string)[] sortByMeasure = measures.Count == 0 ? [] :
        [
            ("sum", measureSort, "By a sum."),
            ("min", measureSort, "By a minimum."),
            ("max", measureSort, "By a maximum."),
        ];
        Having = Input($"{name}AggregatesFilterInput", "Conditions on a group's aggregates (SQL HAVING). All must hold.",
            [("count", shared.OperationFilters[ScalarKind.Count], "Conditions on the number of rows in the group."), .. byMeasure]);
        GroupSort = Input($"{name}GroupSortInput", "A sort key for groups: set one field per list item. Groups tie-break on their keys.",
            [("count", shared.SortDirection, "By the number of rows in the group."), .. sortByMeasure]);
        _types.AddRange([Aggregates, key, group, GroupBy, Having, GroupSort]);
        if (shareMeasures is not null)
        {
            _types.Add(shareMeasures);
        }

        Group = group;
    }

    public ObjectGraphType<AggregateResult> Aggregates { get; }
    public ObjectGraphType<AggregateResult> Group { get; }
    public EnumerationGraphType GroupBy { get; }
    public InputObjectGraphType Having { get; }
    public InputObjectGraphType GroupSort { get; }
    public IEnumerable<IGraphType> All => _types;

    public FieldType AggregatesField() => new()
    {
        Name = "aggregates",
        Description = "Count, sums, averages, minima and maxima over every row that matches `where` (not just this page), computed in SQL.",
        ResolvedType = new NonNullGraphType(Aggregates),
        Resolver = new FuncFieldResolver<Connection, AggregateResult>(async c =>
        {
            var rows = c.Source.Rows;
            var values = await rows.WholeSetAsync(c.RequestServices!.GetRequiredService<QueryEngine>(), c.CancellationToken);
            var terms = Selections.Children(c).Contains(TermsCovered.Field)
                ? await TermsCovered.OfAsync(c.RequestServices!, _definition, rows.Where, c.CancellationToken)
                : null;
            return new AggregateResult(rows.WholeSetPlan!, values, [], terms);
        }),
    };

    public FieldType GroupedAggregatesField()
    {
        var field = GroupedAggregates();
        ArgumentPlans.ValidateWith(field, GroupPlanFor);
        // Groups: its `first` (or default), and never more than the table's rows.
        CostAnalysis.Rows(field, (c, statistics) => Math.Min(CostAnalysis.PageSize(c.Arguments), statistics.Rows(_definition.Table) ?? double.PositiveInfinity));
        return field;
    }

    private FieldType GroupedAggregates() => new()
    {
        Name = "groupedAggregates",
        Description = $"The matching rows grouped by up to three fields, with totals per group (SQL GROUP BY). Default {PagingArguments.DefaultPageSize} groups, at most {PagingArguments.MaxPageSize}.",
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(Group))),
        Arguments = new QueryArguments(
            new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(GroupBy)))) { Name = "groupBy", Description = "The fields to group by, one to three." },
            new QueryArgument(Having) { Name = "having", Description = "Only groups whose aggregates meet these conditions." },
            new QueryArgument(new ListGraphType(new NonNullGraphType(GroupSort))) { Name = "order", Description = "Sort keys for the groups, most significant first; then by the group keys." },
            new QueryArgument(SharedTypes.Named("Int")) { Name = "first", Description = $"How many groups to return. Default {PagingArguments.DefaultPageSize}, at most {PagingArguments.MaxPageSize}." },
            new QueryArgument(SharedTypes.Named("Int")) { Name = "offset", Description = "How many groups to skip (for the next page of groups)." }),
        Resolver = new FuncFieldResolver<Connection, object>(async c =>
        {
            var services = c.RequestServices!;
            var groups = services.GetRequiredService<ArgumentPlans>().For(c.Arguments, () => GroupPlanFor(services, c.Arguments));
            var plan = PlanFor(_definition, c, [c.FieldAst]);
            // A linked key that is shown (key { department { … } }) is read with its groups, its selected columns only,
            // not by a second statement.
            var registry = services.GetRequiredService<EntityRegistry>();
            var shown = Selections.At(c, "key").ToLookup(f => f.Name.StringValue);
            var query = new AggregateQuery(
                _definition.Table, c.Source.Rows.Where, plan.Aggregates, [.. groups.Keys.Select(k => k.Column)], groups.Having, groups.Order, groups.Offset, groups.First,
                [.. groups.Keys.Select(k => k.Reference is { } reference && shown.Contains(k.Name)
                    ? (reference.Link, ProjectionPlanner.For(registry, registry.For(reference.TargetType), c, shown[k.Name].SelectMany(f => Selections.Children(c, f).SelectMany(g => g))))
                    : ((ToOneLink, Projection)?)null)]);
            var rows = await services.GetRequiredService<QueryEngine>().AggregateAsync(query, c.CancellationToken);
            var terms = Selections.Children(c).Contains(TermsCovered.Field)
                ? await TermsCovered.OfGroupsAsync(services, _definition, c.Source.Rows.Where, query.Keys, rows, c.CancellationToken)
                : null;
            return rows.Select((r, i) => new AggregateResult(plan, r, groups.Keys, terms?[i])).ToList();
        }),
    };

    private GroupPlan GroupPlanFor(IServiceProvider services, IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments)
    {
        var names = RootPlan.Argument<IEnumerable<object?>>(arguments, "groupBy")?.ToList();
        if (names is not { Count: >= 1 and <= MaxKeys })
        {
            throw new FilterException("INVALID_GROUP_BY", $"groupBy takes one to {MaxKeys} fields.");
        }

        var first = RootPlan.Argument<int?>(arguments, "first") ?? PagingArguments.DefaultPageSize;
        var offset = RootPlan.Argument<int?>(arguments, "offset") ?? 0;
        if (first is < 0 or > PagingArguments.MaxPageSize || offset < 0)
        {
            throw new FilterException("PAGE_SIZE_OUT_OF_RANGE", $"\"first\" must be between 0 and {PagingArguments.MaxPageSize} and \"offset\" not negative.");
        }

        return new GroupPlan(
            [.. names.Select(n => _keyParts.Single(k => k.Name == (string?)n))],
            HavingCondition(services.GetRequiredService<FilterTranslator>(), RootPlan.Argument<IDictionary<string, object?>>(arguments, "having")),
            GroupOrder(RootPlan.Argument<IEnumerable<object?>>(arguments, "order")),
            offset,
            first);
    }

    /// <summary>What a groupedAggregates' arguments ask for: its keys, HAVING, the groups' order and their page.</summary>
    private sealed record GroupPlan(IReadOnlyList<GroupKeyPart> Keys, Condition? Having, IReadOnlyList<(Aggregate, bool)> Order, int Offset, int First);

    /// <summary>The most keys a groupedAggregates may group by.</summary>
    public const int MaxKeys = 3;

    /// <summary>The aggregates asked for under the given `aggregates` or `groupedAggregates` selections, together.</summary>
    public static AggregatePlan PlanFor(EntityDefinition definition, IResolveFieldContext context, IEnumerable<GraphQLField> fields)
    {
        var selected = fields.ToList();
        var requested = selected.SelectMany(field => _functions.SelectMany(f =>
            Selections.Children(context, field)[f.Name].SelectMany(function => Selections.Children(context, function)
                .Where(measure => !measure.Key.StartsWith("__", StringComparison.Ordinal))
                .Select(measure => (f.Function, measure.Key)))));

        // A share's measures are arguments, possibly variables, which the selection does not resolve: it sums every
        // measure, in the same one statement (a handful of columns more).
        var shares = selected.Any(field => Selections.Children(context, field).Contains(ShareField.Name))
            ? definition.Scalars.Where(s => s.IsMeasure).Select(s => (MeasureFunction.Sum, s.Name))
            : [];
        return new(definition, requested.Concat(shares));
    }

    private AllOf? HavingCondition(FilterTranslator filters, IDictionary<string, object?>? having)
    {
        if (having is null)
        {
            return null;
        }

        var conditions = new List<Condition>();
        foreach (var (name, value) in having)
        {
            if (value is not IDictionary<string, object?> operations)
            {
                continue;
            }

            if (name == "count")
            {
                conditions.Add(filters.Operations(new AggregateOperand(new Aggregate(AggregateFunction.Count, null)), ScalarKind.Count, operations, "having.count"));
                continue;
            }

            var function = Function(name);
            foreach (var (field, fieldOperations) in operations)
            {
                var measure = AggregatePlan.Measure(_definition, field);
                conditions.Add(filters.Operations(
                    new AggregateOperand(new Aggregate(function, measure.Column)), measure.Kind, (IDictionary<string, object?>)fieldOperations!, $"having.{name}.{field}"));
            }
        }

        return conditions.Count == 0 ? null : new AllOf(conditions);
    }

    private List<(Aggregate, bool)> GroupOrder(IEnumerable<object?>? order)
    {
        var keys = new List<(Aggregate, bool)>();
        foreach (var item in order ?? [])
        {
            foreach (var (name, value) in item as IDictionary<string, object?> ?? new Dictionary<string, object?>())
            {
                if (name == "count")
                {
                    keys.Add((new Aggregate(AggregateFunction.Count, null), value is SortDirection.Descending));
                }
                else if (value is IDictionary<string, object?> fields)
                {
                    foreach (var (field, direction) in fields)
                    {
                        keys.Add((new Aggregate(Function(name), AggregatePlan.Measure(_definition, field).Column), direction is SortDirection.Descending));
                    }
                }
            }
        }

        return keys;
    }

    private static AggregateFunction Function(string name) => name switch
    {
        "sum" => AggregateFunction.Sum,
        "min" => AggregateFunction.Min,
        "max" => AggregateFunction.Max,
        _ => throw new FilterException("INVALID_AGGREGATE", $"\"{name}\" cannot be used here; use count, sum, min or max."),
    };

    private static void AddAggregateFields(ObjectGraphType<AggregateResult> type, IGraphType? values, IGraphType? averages, FieldType? share)
    {
        SharedTypes.Field(type, "count", new NonNullGraphType(SharedTypes.Named("Int")), "How many rows; 0 for none.", r => checked((int)(r.Row?.Count ?? 0)));
        if (values is null || averages is null)
        {
            return;
        }

        foreach (var (name, function, description) in _functions)
        {
            SharedTypes.Field(type, name, new NonNullGraphType(function == MeasureFunction.Average ? averages : values), description, r => new MeasureValues(r, function));
        }

        if (share is not null)
        {
            type.AddField(share);
        }
    }

    private static void AddTermsField(ObjectGraphType<AggregateResult> type, EntityDefinition definition, EntityRegistry registry)
    {
        if (TermSelector.PathOf(definition, registry) is null)
        {
            return;
        }

        var field = type.AddField(new FieldType
        {
            Name = TermsCovered.Field,
            Description = TermsCovered.Description,
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(SharedTypes.Named("String")))),
            Resolver = new FuncFieldResolver<AggregateResult, IReadOnlyList<string>>(c => c.Source.Periods ?? []),
        });
        // A short list: at most the terms loaded.
        CostAnalysis.Rows(field, (_, statistics) => statistics.Rows(typeof(Features.Periods.Period)) ?? 1);
    }

    private static ObjectGraphType<MeasureValues> Values(string name, string description, IEnumerable<ScalarField> measures, SharedTypes shared, bool average)
    {
        var type = new ObjectGraphType<MeasureValues> { Name = name, Description = description };
        foreach (var measure in measures)
        {
            var graphType = average ? shared.Scalars[ScalarKind.Number] : shared.ScalarFor(measure);
            SharedTypes.Field(type, measure.Name, graphType, measure.Description, v => v.Read(measure));
        }

        return type;
    }

    private FieldType KeyField(GroupKeyPart part, EntityRegistry registry, SharedTypes shared)
    {
        var scalar = _definition.Scalars.FirstOrDefault(s => s.Name == part.Name && part.Reference is null);
        var description = part.Reference?.Description ?? scalar!.Description;
        return new FieldType
        {
            Name = part.Name,
            Description = description,
            ResolvedType = part.Reference is { } reference ? new GraphQLTypeReference(registry.For(reference.TargetType).TypeName) : shared.ScalarFor(scalar!),
            Resolver = new FuncFieldResolver<AggregateResult, object?>(c =>
            {
                if (part.Reference is not { } link)
                {
                    return c.Source.Key(part.Name);
                }

                return c.Source.Linked(part.Name) ?? (c.Source.Key(part.Name) is int id ? BatchLoaders.Of(c).ById(link.Link.To).LoadOne(id) : null);
            }),
        };
    }

    private static InputObjectGraphType Input(string name, string description, IEnumerable<(string Name, IGraphType Type, string Description)> fields)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        foreach (var (field, fieldType, fieldDescription) in fields)
        {
            type.AddField(new FieldType { Name = field, Description = fieldDescription, ResolvedType = fieldType });
        }

        return type;
    }
}

/// <summary>One aggregate result: a whole set, or a group with its keys.</summary>
/// <remarks><see cref="Periods"/> is read only where `periods` was selected.</remarks>
public sealed record AggregateResult(AggregatePlan Plan, AggregateValues? Row, IReadOnlyList<GroupKeyPart> Keys, IReadOnlyList<string>? Periods = null)
{
    public object? Key(string name) => IndexOf(name) is var i and >= 0 ? Row?.Keys[i] : null;

    /// <summary>The row a linked key leads to, where the statement read it with the group; else null.</summary>
    public object? Linked(string name) => IndexOf(name) is var i and >= 0 ? Row?.Linked?[i] : null;

    private int IndexOf(string name)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (Keys[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The sums (or averages, minima, maxima) of a result, read measure by measure.</summary>
public sealed record MeasureValues(AggregateResult Result, MeasureFunction Function)
{
    public object? Read(ScalarField measure)
    {
        if (Result.Row is null)
        {
            return null;
        }

        var value = Result.Plan.Value(Result.Row, Function, measure);
        return value is long whole ? checked((int)whole) : value;
    }
}

using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Execution;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.GraphQL.Paging;
using OpenData.Api.GraphQL.Terms;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>The whole schema, derived from the entity definitions: one connection and, where there is a key, one lookup per entity.</summary>
public sealed class OpenDataSchema : global::GraphQL.Types.Schema
{
    public OpenDataSchema(IServiceProvider services, EntityRegistry registry)
        : base(services)
    {
        Description = "Every figure of the SOSEP accountability reports (Rendición de Cuentas) of Guatemala's Secretaría de Obras Sociales de la Esposa del Presidente, as printed, with where it came from.";
        var shared = new SharedTypes();
        var query = new ObjectGraphType { Name = "Query", Description = "Start here. Each field below is a table of the report (departments, communityHomesCoverage, budgetLines …) or a lookup by code or name (department(name: \"peten\")). Filter with where, rank with order and total with aggregates; every row says where it came from, and integrityChecks shows where the report's own totals do not add up." };
        foreach (var definition in registry.All.OrderBy(d => d.CollectionName, StringComparer.Ordinal))
        {
            var types = new EntityTypes(definition, registry, shared);
            foreach (var type in types.All)
            {
                RegisterType(type);
            }

            query.AddField(CollectionField(definition, types, registry));
            foreach (var view in definition.Views)
            {
                var field = CollectionField(definition, types, registry, view);
                field.Name = view.Name;
                field.Description = view.Description;
                query.AddField(field);
            }

            if (definition.LookupKey is { } key)
            {
                var lookup = query.AddField(new FieldType
                {
                    Name = char.ToLowerInvariant(definition.TypeName[0]) + definition.TypeName[1..],
                    Description = definition.LookupDescription,
                    ResolvedType = types.Output,
                    Arguments = LookupArguments(definition, key, shared),
                    Resolver = new FuncFieldResolver<object?>(c => new ValueTask<object?>(CollectionQueries.LookupAsync(c, definition))),
                });
                ArgumentPlans.ValidateWith(lookup, (services, arguments) => LookupPlan.Translate(services, definition, arguments));
            }
        }

        Query = query;

        // Introspection is bounded by its own limits (once each, and how deep), not by the cost of data; __typename
        // is an answer's field like any other.
        this.WithIntrospectionComplexityImpact(0);
        TypeNameMetaFieldType.WithComplexityImpact(1);
    }

    /// <summary>The schema's types, with introspection answering in the request's language (<see cref="SpanishIntrospection"/>).</summary>
    protected override SchemaTypes CreateSchemaTypes()
    {
        var types = base.CreateSchemaTypes();
        SpanishIntrospection.Install(types);
        return types;
    }

    /// <summary>The key, required unless the row can be found by name too: then exactly one of the two.</summary>
    private static QueryArguments LookupArguments(EntityDefinition definition, ScalarField key, SharedTypes shared)
    {
        var forms = definition.LookupForms!;
        if (forms.Names.Count == 0)
        {
            return new QueryArguments(new QueryArgument(new NonNullGraphType(shared.ScalarFor(key))) { Name = key.Name, Description = forms.KeyDescription ?? key.Description });
        }

        return new QueryArguments(
            new QueryArgument(shared.ScalarFor(key)) { Name = key.Name, Description = forms.KeyDescription ?? key.Description },
            new QueryArgument(SharedTypes.Named("String")) { Name = LookupPlan.NameArgument, Description = forms.NameDescription });
    }

    private static FieldType CollectionField(EntityDefinition definition, EntityTypes types, EntityRegistry registry, CollectionView? view = null)
    {
        var field = CollectionFieldOf(definition, types, registry, view);
        ArgumentPlans.ValidateWith(field, (services, arguments) => RootPlan.Translate(services, definition, view, arguments));
        return field;
    }

    private static FieldType CollectionFieldOf(EntityDefinition definition, EntityTypes types, EntityRegistry registry, CollectionView? view)
    {
        var field = CollectionFieldWithoutTerm(definition, types, view);
        if (TermSelector.PathOf(definition, registry) is not null)
        {
            field.Arguments!.Add(new QueryArgument(SharedTypes.Named("String")) { Name = TermSelector.Argument, Description = TermSelector.Description });
        }

        return field;
    }

    private static FieldType CollectionFieldWithoutTerm(EntityDefinition definition, EntityTypes types, CollectionView? view) => new()
    {
        Name = definition.CollectionName,
        Description = definition.CollectionDescription,
        ResolvedType = new NonNullGraphType(types.Connection),
        Arguments = new QueryArguments(
            new QueryArgument(types.Filter) { Name = "where", Description = "Only rows that meet these conditions. Text ignores case and accents." },
            new QueryArgument(new ListGraphType(new NonNullGraphType(types.Sort))) { Name = "order", Description = "Sort keys, most significant first. Rows tie-break on id, so pages are stable." },
            new QueryArgument(SharedTypes.Named("Int")) { Name = "first", Description = $"Return the first n rows (after `after`). Default {PagingArguments.DefaultPageSize}, at most {PagingArguments.MaxPageSize}." },
            new QueryArgument(SharedTypes.Named("String")) { Name = "after", Description = "Return rows after this cursor (an `endCursor` or edge `cursor`)." },
            new QueryArgument(SharedTypes.Named("Int")) { Name = "last", Description = $"Return the last n rows (before `before`). At most {PagingArguments.MaxPageSize}." },
            new QueryArgument(SharedTypes.Named("String")) { Name = "before", Description = "Return rows before this cursor (a `startCursor` or edge `cursor`)." }),
        Resolver = new FuncFieldResolver<object?>(c => new ValueTask<object?>(CollectionQueries.PageAsync(c, definition, view))),
    };
}

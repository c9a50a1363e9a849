using OpenData.Api.Features.Periods;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Terms;

/// <summary>
/// The `periods` of an aggregate: the codes of the terms its rows belong to, oldest first, found in SQL and only
/// when asked for, so that queries that do not ask run no more statements than before.
/// </summary>
public static class TermsCovered
{
    public const string Field = "periods";

    public const string Description =
        "The codes of the terms (\"2021-T1\") the aggregated rows belong to, oldest first: more than one where the rows span several terms (narrow them with `period:`), none for no rows. Computed in SQL.";

    /// <summary>The terms with at least one row that matches <paramref name="where"/>: one statement on the terms table.</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(IServiceProvider services, EntityDefinition definition, Condition? where, CancellationToken cancellationToken)
    {
        var path = Terms(services, definition);
        // The terms with a row that matches, or, where rows belong to a term through a parent, with a parent that has one.
        Condition rows = new Quantified(path.ToRows, where is null ? Quantifier.Exists : Quantifier.Some, where);
        if (path.ToParents is { } toParents)
        {
            rows = new Quantified(toParents, Quantifier.Some, rows);
        }

        var found = await services.GetRequiredService<QueryEngine>().RowsAsync(new RowsQuery(Projection.All(path.Periods.Table), rows, Oldest(path.Periods), 0, int.MaxValue, false), cancellationToken);
        return [.. found.Rows.Cast<Period>().Select(p => p.Code)];
    }

    /// <summary>
    /// Each group's terms, in the order of <paramref name="groups"/>: one GROUP BY statement over the same rows by
    /// the group's keys and the term (or the parent that has the term, with one more statement for the parents'
    /// terms), and one for the terms' codes.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> OfGroupsAsync(
        IServiceProvider services, EntityDefinition definition, Condition? where, IReadOnlyList<Column> keys, IReadOnlyList<AggregateValues> groups, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return [];
        }

        var path = Terms(services, definition);
        var engine = services.GetRequiredService<QueryEngine>();
        var pairs = await engine.AggregateAsync(new AggregateQuery(definition.Table, where, [], [.. keys, path.ToRows.ForeignKey], null, [], 0, int.MaxValue), cancellationToken);
        var terms = (await engine.RowsAsync(new RowsQuery(Projection.All(path.Periods.Table), null, Oldest(path.Periods), 0, int.MaxValue, false), cancellationToken)).Rows.Cast<Period>().ToList();
        Func<int, int> termOf = id => id;
        if (path.Parent is { } parent)
        {
            // The parents of the matching rows, with their terms.
            var parents = await engine.RowsAsync(new RowsQuery(Projection.All(parent.Definition.Table), new Quantified(path.ToRows, where is null ? Quantifier.Exists : Quantifier.Some, where), [], 0, int.MaxValue, false), cancellationToken);
            var byParent = parents.Rows.ToDictionary(r => Convert.ToInt32(parent.Definition.Table.Id.Get!(r), System.Globalization.CultureInfo.InvariantCulture), r => Convert.ToInt32(parent.Term.Get!(r), System.Globalization.CultureInfo.InvariantCulture));
            termOf = id => byParent[id];
        }

        var byGroup = pairs.ToLookup(p => Key(p.Keys.Take(keys.Count)), p => termOf(Convert.ToInt32(p.Keys[^1], System.Globalization.CultureInfo.InvariantCulture)));
        return [.. groups.Select(g =>
        {
            var ids = byGroup[Key(g.Keys)].ToHashSet();
            return (IReadOnlyList<string>)[.. terms.Where(t => ids.Contains(t.Id)).Select(t => t.Code)];
        })];
    }

    /// <summary>
    /// From the terms table down to the rows: the terms' own rows (<see cref="TermPath.ToRows"/> from the terms), or,
    /// where rows belong to a term through a parent, the terms' parents and the parents' rows.
    /// </summary>
    private static TermPath Terms(IServiceProvider services, EntityDefinition definition)
    {
        var registry = services.GetRequiredService<EntityRegistry>();
        var path = TermSelector.PathOf(definition, registry) ?? throw new InvalidOperationException($"{definition.TypeName} rows belong to no term.");
        var periods = registry.For(typeof(Period));
        if (path is [var own])
        {
            return new TermPath(periods, registry.Catalog.ToMany(typeof(Period), definition.ClrType, own.ForeignKeyProperty), null, null);
        }

        var (toParent, parentsTerm) = (path[0], path[1]);
        var parent = registry.For(toParent.TargetType);
        return new TermPath(
            periods,
            registry.Catalog.ToMany(parent.ClrType, definition.ClrType, toParent.ForeignKeyProperty),
            registry.Catalog.ToMany(typeof(Period), parent.ClrType, parentsTerm.ForeignKeyProperty),
            new TermParent(parent, parentsTerm.Link.ForeignKey));
    }

    private sealed record TermPath(EntityDefinition Periods, ToManyLink ToRows, ToManyLink? ToParents, TermParent? Parent);

    /// <summary>The parent rows belong to a term through, and its column that holds the term's id.</summary>
    private sealed record TermParent(EntityDefinition Definition, Column Term);

    private static SortKey[] Oldest(EntityDefinition periods) =>
        [.. new[] { "year", "term" }.Select(field => new SortKey([], periods.Scalars.Single(s => s.Name == field).Compared, false))];

    // Key values as the reader gave them, compared as text: the same reader gives both statements' keys.
    private static string Key(IEnumerable<object?> values) => string.Join('\u001f', values.Select(v => v is null ? "\u0000" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
}

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
        var (periods, link) = Terms(services, definition);
        var rows = new Quantified(link, where is null ? Quantifier.Exists : Quantifier.Some, where);
        var found = await services.GetRequiredService<QueryEngine>().RowsAsync(new RowsQuery(Projection.All(periods.Table), rows, Oldest(periods), 0, int.MaxValue, false), cancellationToken);
        return [.. found.Rows.Cast<Period>().Select(p => p.Code)];
    }

    /// <summary>
    /// Each group's terms, in the order of <paramref name="groups"/>: one GROUP BY statement over the same rows by
    /// the group's keys and the term, and one for the terms' codes.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> OfGroupsAsync(
        IServiceProvider services, EntityDefinition definition, Condition? where, IReadOnlyList<Column> keys, IReadOnlyList<AggregateValues> groups, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return [];
        }

        var (periods, link) = Terms(services, definition);
        var engine = services.GetRequiredService<QueryEngine>();
        var pairs = await engine.AggregateAsync(new AggregateQuery(definition.Table, where, [], [.. keys, link.ForeignKey], null, [], 0, int.MaxValue), cancellationToken);
        var terms = (await engine.RowsAsync(new RowsQuery(Projection.All(periods.Table), null, Oldest(periods), 0, int.MaxValue, false), cancellationToken)).Rows.Cast<Period>().ToList();
        var byGroup = pairs.ToLookup(p => Key(p.Keys.Take(keys.Count)), p => Convert.ToInt32(p.Keys[^1], System.Globalization.CultureInfo.InvariantCulture));
        return [.. groups.Select(g =>
        {
            var ids = byGroup[Key(g.Keys)].ToHashSet();
            return (IReadOnlyList<string>)[.. terms.Where(t => ids.Contains(t.Id)).Select(t => t.Code)];
        })];
    }

    private static (EntityDefinition Periods, ToManyLink Link) Terms(IServiceProvider services, EntityDefinition definition)
    {
        var registry = services.GetRequiredService<EntityRegistry>();
        var period = TermSelector.PeriodOf(definition) ?? throw new InvalidOperationException($"{definition.TypeName} rows belong to no term.");
        return (registry.For(typeof(Period)), registry.Catalog.ToMany(typeof(Period), definition.ClrType, period.ForeignKeyProperty));
    }

    private static SortKey[] Oldest(EntityDefinition periods) =>
        [.. new[] { "year", "term" }.Select(field => new SortKey([], periods.Scalars.Single(s => s.Name == field).Compared, false))];

    // Key values as the reader gave them, compared as text: the same reader gives both statements' keys.
    private static string Key(IEnumerable<object?> values) => string.Join('\u001f', values.Select(v => v is null ? "\u0000" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
}

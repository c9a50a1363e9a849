using OpenData.Api.Features.Periods;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.GraphQL.Terms;

/// <summary>
/// A term asked for by code (any case, as the `period(code:)` lookup matches it) or <see cref="Latest"/>, found in
/// one small statement on the terms table, so that a term that is not loaded is an error rather than zero rows.
/// </summary>
public static class TermSelector
{
    public const string Argument = "period";

    public const string Latest = "LATEST";

    public const string Description =
        "The term to read, by code (\"2021-T1\", any case) or \"LATEST\" for the most recent term loaded; short for where: { period: { code: { eq: … } } }, and combined with `where` (both must hold). A term that is not loaded is an error (NOT_FOUND).";

    /// <summary>The link of an entity's rows to their term, or null where rows belong to no term of their own.</summary>
    public static ReferenceField? PeriodOf(EntityDefinition definition) =>
        definition.Relations.OfType<ReferenceField>().FirstOrDefault(r => r.Name == Argument && r.TargetType == typeof(Period));

    /// <summary>
    /// The links from an entity's rows to their term: its own <c>period</c>, or, for rows that belong to a term through
    /// a parent they cannot be without (a donation item's donation), the parent's. Null where rows belong to no term.
    /// </summary>
    public static IReadOnlyList<ReferenceField>? PathOf(EntityDefinition definition, EntityRegistry registry)
    {
        if (PeriodOf(definition) is { } own)
        {
            return [own];
        }

        foreach (var parent in definition.Relations.OfType<ReferenceField>().Where(r => !r.IsNullable))
        {
            if (registry.All.FirstOrDefault(d => d.ClrType == parent.TargetType) is { } target && PeriodOf(target) is { } period)
            {
                return [parent, period];
            }
        }

        return null;
    }

    /// <summary>The condition that rows belong to <paramref name="term"/>: a comparison of their own foreign key, or a filter through their parent.</summary>
    public static Condition ConditionFor(IServiceProvider services, EntityDefinition definition, IReadOnlyList<ReferenceField> path, Period term)
    {
        if (path is [var own])
        {
            return new Comparison(new ColumnOperand(own.Link.ForeignKey), CompareOperator.Equal, term.Id);
        }

        IDictionary<string, object?> where = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = term.Code } };
        foreach (var link in path.Reverse())
        {
            where = new Dictionary<string, object?> { [link.Name] = where };
        }

        return services.GetRequiredService<FilterTranslator>().Where(definition, where, Argument)!;
    }

    /// <summary>The term, or null when none matches (or, for <see cref="Latest"/>, no term is loaded).</summary>
    public static async Task<Period?> FindAsync(IServiceProvider services, string asked, CancellationToken cancellationToken)
    {
        var periods = services.GetRequiredService<EntityRegistry>().For(typeof(Period));
        RowsQuery query;
        if (string.Equals(asked, Latest, StringComparison.OrdinalIgnoreCase))
        {
            SortKey Newest(string field) => new([], periods.Scalars.Single(s => s.Name == field).Compared, true);
            query = new RowsQuery(Projection.All(periods.Table), null, [Newest("year"), Newest("term")], 0, 1, false);
        }
        else
        {
            var code = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = asked } };
            query = new RowsQuery(Projection.All(periods.Table), services.GetRequiredService<FilterTranslator>().Where(periods, code, Argument), [], 0, 1, false);
        }

        var found = await services.GetRequiredService<QueryEngine>().RowsAsync(query, cancellationToken);
        return found.Rows is [Period term] ? term : null;
    }

    /// <summary>The error for a term that is not loaded, in the lookups' code.</summary>
    public static FilterException NotFound(string asked) => string.Equals(asked, Latest, StringComparison.OrdinalIgnoreCase)
        ? new FilterException("NOT_FOUND", "No term is loaded, so there is no LATEST term.")
        : new FilterException("NOT_FOUND", $"No term \"{asked}\" is loaded. Use a term code with the year and term, e.g. \"2021-T1\", in any case, or \"LATEST\"; periods lists the terms loaded.");
}

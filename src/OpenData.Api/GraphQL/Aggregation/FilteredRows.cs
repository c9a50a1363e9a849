using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>
/// A collection with its filter, for the aggregates asked for beside a page. Every `aggregates` selection of the
/// connection is computed by one statement, shared, with the total count in it.
/// </summary>
public sealed class FilteredRows(EntityDefinition definition, Condition? where, AggregatePlan? wholeSetPlan)
{
    private readonly Lock _gate = new();
    private Task<AggregateValues>? _wholeSet;

    public EntityDefinition Definition { get; } = definition;

    public Condition? Where { get; } = where;

    /// <summary>The aggregates of every `aggregates` selection under the connection, or null when none is selected.</summary>
    public AggregatePlan? WholeSetPlan { get; } = wholeSetPlan;

    /// <summary>The whole filtered set's count and aggregates, computed once for the connection.</summary>
    public Task<AggregateValues> WholeSetAsync(QueryEngine engine, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _wholeSet ??= RunAsync(engine, cancellationToken);
        }
    }

    private async Task<AggregateValues> RunAsync(QueryEngine engine, CancellationToken cancellationToken)
    {
        var query = new AggregateQuery(Definition.Table, Where, WholeSetPlan?.Aggregates ?? [], [], null, [], 0, 1);
        var rows = await engine.AggregateAsync(query, cancellationToken);
        return rows.Single();
    }
}

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>What one aggregate statement is asked for: the aggregates, the group keys, HAVING, ORDER BY and the page of groups.</summary>
public sealed record AggregateRequest(
    AggregatePlan Plan,
    IReadOnlyList<GroupKeyPart> Keys,
    IDictionary<string, object?>? Having = null,
    IEnumerable<object?>? Order = null,
    int Skip = 0,
    int Take = 1);

using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;

namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>A collection with its `where`, to be queried again (on a context of its own) for aggregates.</summary>
public sealed record FilteredRows(EntityDefinition Definition, IDictionary<string, object?>? Where)
{
    public async Task<List<AggregateRow>> AggregateAsync(IServiceProvider services, AggregateRequest request, CancellationToken cancellationToken)
    {
        var method = typeof(FilteredRows).GetMethod(nameof(AggregateOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(Definition.ClrType);
        return await (Task<List<AggregateRow>>)method.Invoke(this, [services, request, cancellationToken])!;
    }

    private async Task<List<AggregateRow>> AggregateOfAsync<T>(IServiceProvider services, AggregateRequest request, CancellationToken cancellationToken)
        where T : class
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContextAsync(cancellationToken);
        var filtered = new FilterExpressionBuilder(services.GetRequiredService<EntityRegistry>(), db).Apply((IQueryable<T>)Definition.Query(db), Where);
        return await AggregateQuery.RunAsync(filtered, request, cancellationToken);
    }
}

using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Execution;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// Lets only <c>Limits:ExpensiveConcurrency</c> requests whose cost reaches <c>Limits:ExpensiveCost</c> execute at
/// once, the next <c>Limits:ExpensiveQueue</c> waiting their turn (within the execution time limit) and the rest
/// refused (503, SERVER_BUSY): a burst of costly queries takes those turns, not every core, so cheap ones keep
/// answering. The lease is kept in the request's user context and released by the endpoint when it finishes.
/// </summary>
public sealed class ExpensiveRequestGate(RequestLimits limits) : DocumentExecutionListenerBase, IDisposable
{
    public const string LeaseKey = "OpenData:ExpensiveLease";
    public const string BusyCode = "SERVER_BUSY";

    private readonly ConcurrencyLimiter _turns = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.ExpensiveConcurrency,
        QueueLimit = limits.ExpensiveQueue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (CostAnalysis.TallyOf(context.UserContext) is not { } tally || tally.Cost < limits.ExpensiveCost)
        {
            return;
        }

        var lease = await _turns.AcquireAsync(1, context.CancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new ExecutionError($"Too many expensive queries are running or waiting; try again in a moment, or ask for fewer rows (Limits:ExpensiveQueue, {limits.ExpensiveQueue}).")
            {
                Code = BusyCode,
            };
        }

        context.UserContext[LeaseKey] = lease;
    }

    /// <summary>Ends the request's turn, if it took one.</summary>
    public static void Release(IDictionary<string, object?> userContext)
    {
        if (userContext.Remove(LeaseKey, out var lease) && lease is RateLimitLease held)
        {
            held.Dispose();
        }
    }

    public void Dispose() => _turns.Dispose();
}

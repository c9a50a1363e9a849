using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq.Expressions;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.QueryPower;

[CollectionDefinition(nameof(NoPerRequestCompilationTests), DisableParallelization = true)]
public sealed class AloneInTheProcess;

/// <summary>
/// The query path compiles nothing per request: after a warm-up, requests of every shape (new literals, new
/// documents) JIT no dynamic method — what <c>Expression.Compile</c> makes. The runtime's JIT events are
/// process-wide, so this runs when no other test is.
/// </summary>
[Collection(nameof(NoPerRequestCompilationTests))]
public sealed class NoPerRequestCompilationTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private static readonly string[] _shapes =
    [
        "{ departments(order: [{ code: ASC }], where: { code: { neq: \"X{0}\" } }) { nodes { code name } } }",
        "{ communityHomesCoverage(where: { childrenServed: { gt: {0} } }, order: [{ childrenServed: DESC }]) { nodes { department { name } childrenServed } } }",
        "{ communityHomesCoverage(where: { childCareCentres: { gte: {0} } }) { totalCount aggregates { sum { childrenServed } avg { childrenServed } } } }",
        "{ olderPeopleCoverage { groupedAggregates(groupBy: [DEPARTMENT], having: { count: { gte: {0} } }) { key { department { code } } sum { integralCareServices } } } }",
        "{ goals(where: { executionRate: { lt: {0} } }, order: [{ executionRate: ASC }]) { nodes { concept program { name } parent { concept } } } }",
        "{ department(name: \"peten\") { name communityHomesCoverage(first: {0}) { childrenServed } beneficiaryFigures(where: { value: { gt: {0} } }) { value } } }",
        "{ departments(first: {0}) { nodes { profile { peopleServed programs { program { name } } } } } }",
        "{ donations(where: { donor: { contains: \"a{0}\" } }) { nodes { donor items { quantity } } } achievements(first: {0}) { nodes { figures { value } } } }",
    ];

    [Fact]
    public async Task RequestsOfEveryShape_AfterAWarmUp_JitNoDynamicMethod()
    {
        var client = factory.CreateClient();
        await SendEveryShapeAsync(client, 1, 3);
        using var jit = new DynamicMethodListener();
        jit.Arm();

        await SendEveryShapeAsync(client, 4, 24);
        DynamicMethodListener.Settle();

        Assert.Empty(jit.Compiled);
    }

    [Fact]
    public void TheListener_SeesAnExpressionCompiled()
    {
        using var jit = new DynamicMethodListener();
        jit.Arm();

        var parameter = Expression.Parameter(typeof(int), "n");
        var doubled = Expression.Lambda<Func<int, int>>(Expression.Multiply(parameter, Expression.Constant(2)), parameter).Compile();

        Assert.Equal(6, doubled(3));
        DynamicMethodListener.Settle();
        Assert.NotEmpty(jit.Compiled);
    }

    private static async Task SendEveryShapeAsync(HttpClient client, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            foreach (var shape in _shapes)
            {
                await client.QueryAsync(shape.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Lists the methods Expression.Compile made (lambda_method…, in dynamicClass) that the JIT compiles while armed.</summary>
    private sealed class DynamicMethodListener : EventListener
    {
        private readonly ConcurrentQueue<string> _compiled = new();
        private volatile bool _armed;

        public IReadOnlyList<string> Compiled => [.. _compiled];

        public void Arm()
        {
            // The runtime hands events over in batches, a moment late: let earlier ones pass first.
            Settle();
            _armed = true;
        }

        /// <summary>Waits for the runtime to deliver the events of what ran so far.</summary>
        public static void Settle() => Thread.Sleep(1500);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // 0x10: the JIT keyword.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x10);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!_armed || eventData.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var space = eventData.Payload![names.IndexOf("MethodNamespace")] as string;
            var name = eventData.Payload[names.IndexOf("MethodName")] as string;
            // Expression.Compile's methods; the runtime's own (P/Invoke stubs, DI's compiled resolvers) are made once each.
            if (space == "dynamicClass" && name?.StartsWith("lambda_method", StringComparison.Ordinal) == true)
            {
                _compiled.Enqueue($"{space}.{name}");
            }
        }
    }
}

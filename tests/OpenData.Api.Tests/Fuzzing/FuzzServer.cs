using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Fuzzing.Schema;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>The real server in memory on the shared test database, its live schema, and a client that gives up in time.</summary>
public sealed class FuzzServer : OpenDataFactory, IAsyncLifetime
{
    private int _probes;

    private HttpClient _client = null!;

    public IntrospectedSchema Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _client = CreateClient();
        _client.Timeout = FuzzSettings.ClientTimeout;
        Schema = await IntrospectedSchema.LoadAsync(_client);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        _client.Dispose();
        await DisposeAsync();
    }

    public async Task<FuzzResponse> SendAsync(FuzzRequest request)
    {
        using var message = request.ToMessage();
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _client.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            return new FuzzResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, clock.Elapsed);
        }
        catch (TaskCanceledException e)
        {
            throw new FuzzFailureException("no answer in time", $"nothing within {FuzzSettings.ClientTimeout.TotalSeconds:N0} s", e);
        }
        catch (Exception e) when (e is not FuzzFailureException)
        {
            // The in-memory server hands the client the exception a real one would have answered 500 for.
            throw new FuzzFailureException("unhandled exception (a 500)", $"{e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>Fails unless <c>{ __typename }</c> answers 200; a comment makes each probe's body new to the output cache.</summary>
    public async Task AssertAliveAsync()
    {
        var probe = Interlocked.Increment(ref _probes);
        var request = FuzzRequest.Post("health", System.Text.Encoding.UTF8.GetBytes($$"""{"query":"{ __typename } # probe {{probe}}"}"""), "application/json");
        FuzzResponse response;
        try
        {
            response = await SendAsync(request);
        }
        catch (FuzzFailureException e)
        {
            throw new FuzzFailureException("server stopped answering { __typename }", e.Message, e);
        }

        if (response.Status != 200)
        {
            throw new FuzzFailureException("server stopped answering { __typename }", response.ToString());
        }
    }

    // Thousands of statements logged at Information would cost more than running them; warnings and errors still
    // show. A filter added after appsettings' "Default" rule takes precedence over it.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddFilter(level => level >= LogLevel.Warning));
    }
}

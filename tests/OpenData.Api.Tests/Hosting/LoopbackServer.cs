using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Hosting;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 and a free port, for clients outside the process
/// (node's audit, a browser) that cannot use the in-memory TestServer.
/// </summary>
public class LoopbackServer : OpenDataFactory, IAsyncLifetime
{
    public LoopbackServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    Task IAsyncLifetime.InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

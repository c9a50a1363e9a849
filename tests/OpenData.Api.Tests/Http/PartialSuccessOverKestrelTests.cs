using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Hosting;
using static OpenData.Api.Tests.Http.GraphQLRequests;

namespace OpenData.Api.Tests.Http;

/// <summary>
/// 294 on the wire: HTTP itself defines no such code, so this checks Kestrel sends it, with its phrase, to a client
/// outside the process (the in-memory TestServer has no status line).
/// </summary>
public sealed class PartialSuccessOverKestrelTests(PartialSuccessOverKestrelTests.Server server) : IClassFixture<PartialSuccessOverKestrelTests.Server>
{
    [Fact]
    public async Task DataBesideErrors_Is294PartialSuccess_OverHttp11()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.SendAsync(Post("""{"query":"{ ok broken }"}""", GraphQLResponseJson));

        Assert.Equal(294, (int)response.StatusCode);
        Assert.Equal("Partial Success", response.ReasonPhrase);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("\"ok\":\"fine\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The real app on Kestrel with the tests' schema, whose <c>broken</c> field throws.</summary>
    public sealed class Server : LoopbackServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ISchema, EndpointTestSchema>());
        }
    }
}

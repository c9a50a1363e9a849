using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Support;
using static OpenData.Api.Tests.Limits.Refusals;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// The hardening issue's probe, input by input as it was sent: each refused with its status and the limit it hit,
/// before any SQL runs, and the server answering after.
/// </summary>
public sealed class ProbeInputTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const string LinkLoop = "programs { nodes { beneficiaryFigures { program { beneficiaryFigures { program { beneficiaryFigures { value } } } } } } }";

    [Fact]
    public async Task ThreeAliasesOfThe121ByteQuery_AreRefusedForTheirCost_BeforeAnySql()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);

        var error = await RefusedAsync(client, Body($"{{ a: {LinkLoop} b: {LinkLoop} c: {LinkLoop} }}"), HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED", "Limits:MaxCost");

        Assert.Empty(capture.Commands);
        Assert.Contains("budget is 100,000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    // 40,000 __typename (440 KB): the repeated fields whose merging was quadratic.
    [InlineData("typename")]
    // 10,000 aliases of a list with a link inside its rows.
    [InlineData("aliases")]
    // A syntax error at column 100,000 and a line of a megabyte: the parser's error message padded the line.
    [InlineData("column100000")]
    [InlineData("megabyteLine")]
    public async Task TheProbesLargeBodies_AreRefusedByTheBodyLimit_BeforeAnySql(string input)
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        var query = input switch
        {
            "typename" => "{ " + Repeat("__typename", 40_000) + " }",
            "aliases" => "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: departments {{ nodes {{ communityHomesCoverage {{ department {{ name }} }} }} }}")) + " }",
            "column100000" => "{ departments { nodes { name } } }" + new string(' ', 100_000) + "}",
            _ => "{ departments { nodes { name } } }" + new string(' ', 1_000_000) + "}",
        };

        await RefusedAsync(client, Body(query), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE", "Limits:MaxBodyBytes");
        Assert.Empty(capture.Commands);
    }

    [Fact]
    public async Task AnIntPastItsRange_InAFilter_IsRefusedNamingTheArgument()
    {
        var error = await RefusedAsync(
            factory.CreateClient(), Body("{ communityHomesCoverage(where: { childrenServed: { gt: 99999999999 } }) { totalCount } }"), HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE");

        Assert.Contains("'where'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("99999999999", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIntPastItsRange_InAVariable_IsRefusedNamingTheVariable()
    {
        var error = await RefusedAsync(
            factory.CreateClient(),
            Body("query($n: Int) { communityHomesCoverage(where: { childrenServed: { gt: $n } }) { totalCount } }", new { n = 99_999_999_999L }),
            HttpStatusCode.BadRequest,
            "INVALID_VALUE");

        Assert.Contains("'$n'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A name twice in one variables object (valid JSON; found by the fuzzer as a 500), at the top or nested.</summary>
    [Theory]
    [InlineData("{\"query\":\"query($v1: Int) { departments(first: $v1) { totalCount } }\",\"variables\":{\"v1\":1,\"v1\":2}}")]
    [InlineData("{\"query\":\"query($w: DepartmentFilterInput) { departments(where: $w) { totalCount } }\",\"variables\":{\"w\":{\"code\":{\"eq\":\"17\"},\"code\":{\"eq\":\"01\"}}}}")]
    public async Task ANameTwiceInTheVariables_IsA400_NamingIt(string body)
    {
        var client = factory.CreateClient();
        using var request = RawPost(Utf8(body));

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than once", text, StringComparison.Ordinal);
        await StillAnswersAsync(client);
    }

    [Theory]
    [InlineData("/graphql/%2e%2e/appsettings.json")]
    [InlineData("/graphql/..%2fappsettings.json")]
    [InlineData("/graphql/..%5cappsettings.json")]
    [InlineData("/graphql/static/..%2f..%2fappsettings.json")]
    [InlineData("/graphql/%2e%2e%2f%2e%2e%2fOpenData.Api.dll")]
    public async Task PathsOutOfTheIdesFolder_AreNotServed(string path)
    {
        var client = factory.CreateClient();
        using var ide = await client.GetAsync("/graphql/index.html");
        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("ConnectionStrings", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await StillAnswersAsync(client);
    }
}

/// <summary>What Kestrel itself refuses before the application sees it: a 100 KB URL (414) and a 100 KB header (431).</summary>
public sealed class KestrelLimitTests(KestrelLimitTests.Server server) : IClassFixture<KestrelLimitTests.Server>
{
    [Fact]
    public async Task AHundredKilobyteUrl_Is414_AndTheServerStillAnswers()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync(new Uri("/graphql?query=" + new string('a', 100_000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        await StillAnswersAsync(client);
    }

    [Fact]
    public async Task AHundredKilobyteHeader_Is431_AndTheServerStillAnswers()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("X-Big", new string('a', 100_000));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        await StillAnswersAsync(client);
    }

    /// <summary>
    /// A client that sends its headers a byte at a time (slowloris) has its connection closed when the header time
    /// limit passes: Kestrel's, 30 s by default, 2 s here so the test is short.
    /// </summary>
    [Fact]
    public async Task AClientSendingItsHeadersSlowly_IsCutOff_AndTheServerStillAnswers()
    {
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = socket.GetStream();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var start = System.Text.Encoding.ASCII.GetBytes("GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
        await stream.WriteAsync(start);
        var closed = false;
        try
        {
            while (started.Elapsed < TimeSpan.FromSeconds(20))
            {
                await stream.WriteAsync("a"u8.ToArray());
                await Task.Delay(200);
                if (socket.Client.Poll(0, System.Net.Sockets.SelectMode.SelectRead))
                {
                    // Readable on a connection that was sent no full request: an answer (408) or the close.
                    closed = true;
                    break;
                }
            }
        }
        catch (IOException)
        {
            closed = true;
        }

        Assert.True(closed, $"The connection was still open after {started.Elapsed.TotalSeconds:0.0} s.");
        Assert.InRange(started.Elapsed.TotalSeconds, 1.5, 15);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        await StillAnswersAsync(client);
    }

    /// <summary>The server over Kestrel and a socket, whose request-line, header and header-time limits apply.</summary>
    public sealed class Server : Hosting.LoopbackServer
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
                kestrel => kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(2)));
        }
    }
}

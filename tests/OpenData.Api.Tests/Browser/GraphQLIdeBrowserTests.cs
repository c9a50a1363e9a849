using Microsoft.Playwright;
using OpenData.Api.GraphQL.Languages;
using OpenData.Api.Tests.Hosting;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>
/// A person's path: open /graphql in a browser, type a query into Banana Cake Pop, run it, read the result; and a
/// journalist's browser set to Spanish reads the schema in Spanish.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class GraphQLIdeBrowserTests(LoopbackServer server, ITestOutputHelper output) : IClassFixture<LoopbackServer>
{
    private const string Query = "{ departments(where: { name: { contains: \"peten\" } }) { nodes { name communityHomesCoverage { childrenServed } } } }";
    private const string ExpectedInResult = "\"childrenServed\": 295";

    private static readonly string[] _chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [ChromiumFact]
    public async Task Ide_RunsAQueryTypedByAPerson()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright, []);
        var page = await OpenIdeAsync(browser, null);
        var screenshot = Path.Combine(Path.GetTempPath(), "opendata-ide.png");
        try
        {
            // A fresh browser profile opens on BCP's welcome screen (~1.6 s after load), a returning one on its last tab.
            var createDocument = page.GetByRole(AriaRole.Button, new() { Name = "Create Document" });
            await createDocument.Or(page.Locator(".monaco-editor")).First.WaitForAsync(new() { Timeout = 30_000 });
            if (await createDocument.IsVisibleAsync())
            {
                await createDocument.ClickAsync();
            }

            var requestEditor = page.Locator(".monaco-editor").First;
            await requestEditor.WaitForAsync(new() { Timeout = 30_000 });
            await requestEditor.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            // Inserted, not typed: Monaco would auto-close every bracket typed.
            await page.Keyboard.InsertTextAsync(Query);
            // The editor's "Run ▷" code lens shows the IDE has parsed the new text; running sooner sends the old one.
            await page.GetByRole(AriaRole.Button, new() { Name = "Run ▷" }).WaitForAsync(new() { Timeout = 30_000 });

            var text = "";
            for (var attempt = 0; attempt < 3 && !text.Contains(ExpectedInResult, StringComparison.Ordinal); attempt++)
            {
                // "Run Operation" is the toolbar's Run button.
                await page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" }).ClickAsync();
                text = await WaitForTextAsync(page, ExpectedInResult);
            }

            Assert.Contains(ExpectedInResult, text, StringComparison.Ordinal);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = screenshot });
            output.WriteLine($"screenshot: {screenshot}");
        }
    }

    /// <summary>
    /// A browser whose language is Spanish (Guatemala) sends <c>Accept-Language: es-GT,es</c> from every page and
    /// worker, and Banana Cake Pop's schema reference shows the schema's Spanish descriptions, with no setting.
    /// </summary>
    [ChromiumFact]
    public async Task Ide_InABrowserSetToSpanish_ShowsTheSchemaInSpanish()
    {
        // The Query type's description, the first thing the schema reference shows.
        var english = SpanishDescriptions.Table.Keys.Single(k => k.StartsWith("Start here.", StringComparison.Ordinal));
        var spanish = SpanishDescriptions.Table[english];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright, ["--lang=es-GT", "--accept-lang=es-GT,es"]);
        var page = await OpenIdeAsync(browser, "es-GT");
        var screenshot = Path.Combine(Path.GetTempPath(), "opendata-ide-es.png");
        try
        {
            // The welcome screen's "Browse Schema", or on a returning profile the document's "Schema Reference" tab.
            var browse = page.GetByRole(AriaRole.Button, new() { Name = "Browse Schema" });
            var reference = page.GetByRole(AriaRole.Tab, new() { Name = "Schema Reference" });
            await browse.Or(reference).First.WaitForAsync(new() { Timeout = 30_000 });
            await (await browse.IsVisibleAsync() ? browse : reference).ClickAsync();

            var text = await WaitForTextAsync(page, spanish);
            Assert.Contains(spanish, text, StringComparison.Ordinal);
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
            // The IDE's "is now Nitro" banner, an upgrade notice this server's users cannot act on, is not shown.
            Assert.DoesNotContain("is now Nitro", text, StringComparison.Ordinal);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = screenshot });
            output.WriteLine($"screenshot: {screenshot}");
        }
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright, string[] args)
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath), $"{ChromiumFactAttribute.ChromiumPath} is missing: run `apt-get install -y chromium` (.ci/run does).");
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = [.. _chromiumArgs, .. args],
        });
    }

    private async Task<IPage> OpenIdeAsync(IBrowser browser, string? locale)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, Locale = locale });
        // The IDE must work offline, and a test talks to nothing beyond the loopback server.
        await page.RouteAsync(url => !url.StartsWith(server.BaseAddress.ToString(), StringComparison.Ordinal), route => route.AbortAsync());
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        page.RequestFailed += (_, request) => output.WriteLine($"request failed: {request.Method} {request.Url} {request.Failure}");
        await page.GotoAsync(new Uri(server.BaseAddress, "/graphql").ToString());
        Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);
        return page;
    }

    /// <summary>The page's visible text once it contains <paramref name="expected"/>, or after 10 s.</summary>
    private static async Task<string> WaitForTextAsync(IPage page, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 20 && !text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            // Monaco renders spaces as non-breaking spaces.
            text = (await page.Locator("body").InnerTextAsync()).Replace('\u00a0', ' ');
        }

        return text;
    }
}

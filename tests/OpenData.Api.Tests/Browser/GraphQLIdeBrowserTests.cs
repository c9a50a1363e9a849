using Microsoft.Playwright;
using OpenData.Api.Tests.Hosting;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Browser;

/// <summary>A person's path: open /graphql in a browser, type a query into Banana Cake Pop, run it, read the result.</summary>
public sealed class GraphQLIdeBrowserTests(LoopbackServer server, ITestOutputHelper output) : IClassFixture<LoopbackServer>
{
    private const string Query = "{ __typename }";
    private const string ExpectedInResult = "\"__typename\": \"Query\"";

    private static readonly string[] _chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [ChromiumFact]
    public async Task Ide_RunsAQueryTypedByAPerson()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath), $"{ChromiumFactAttribute.ChromiumPath} is missing: run `apt-get install -y chromium` (.ci/run does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = _chromiumArgs,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");

        var screenshot = Path.Combine(Path.GetTempPath(), "opendata-ide.png");
        try
        {
            await page.GotoAsync(new Uri(server.BaseAddress, "/graphql").ToString());
            Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);
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
            // The IDE parses the document and fetches the schema before Run uses the new text.
            await page.WaitForTimeoutAsync(1000);
            await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();

            Assert.Contains(ExpectedInResult, await WaitForTextAsync(page, ExpectedInResult), StringComparison.Ordinal);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = screenshot });
            output.WriteLine($"screenshot: {screenshot}");
        }
    }

    /// <summary>The page's visible text once it contains <paramref name="expected"/>, or after 20 s.</summary>
    private static async Task<string> WaitForTextAsync(IPage page, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 40 && !text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            // Monaco renders spaces as non-breaking spaces.
            text = (await page.Locator("body").InnerTextAsync()).Replace('\u00a0', ' ');
        }

        return text;
    }
}

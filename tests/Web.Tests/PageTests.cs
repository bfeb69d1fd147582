using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Easel.Web.Tests;

/// <summary>The page of issue 4 driven in a real browser against a real serve: a painting, a comment, the keyboard, errors.</summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(BrowserFixture fixture, ITestOutputHelper output)
{
    // Painting runs on the CPU of a shared machine: generous, since a slow run is not a failure here.
    private const float PaintTimeoutMs = 240_000;

    private static readonly string[] StageArtifacts = ["initial", "regions", "background", "merged", "sketch", "target"];

    [Fact]
    public async Task Paints_shows_every_stage_and_revises_on_a_comment()
    {
        var (context, page, problems) = await OpenAsync(1280, 900);
        await using var _ = context;

        await page.GetByLabel("What should Easel paint?").FillAsync("sailing alone at sea at dusk");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByLabel("Seed (optional)").FillAsync("7");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Paint" }).ClickAsync();

        // The painting in the making (whatever stage it has reached by then): for people to look at, not asserted.
        await page.Locator(".thumb img").First.WaitForAsync(new() { Timeout = PaintTimeoutMs });
        await ScreenshotAsync(page, "desktop-progress.png");

        await WaitForRevisionAsync(page, 0);
        var status = await StatusAsync(page);
        var artifacts = status.GetProperty("artifacts").EnumerateObject().Select(p => p.Name).Where(n => n != "manifest").ToList();
        Assert.Superset(StageArtifacts.ToHashSet(), artifacts.ToHashSet());

        // Every artifact of the revision has its thumbnail, and every thumbnail really loaded.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.thumb img')].every(i => i.complete)");
        foreach (var name in artifacts)
        {
            var width = await page.Locator($".thumb[data-artifact='{name}'] img").EvaluateAsync<int>("i => i.naturalWidth");
            Assert.True(width > 0, $"thumbnail '{name}' did not load");
        }
        Assert.Equal(status.GetProperty("width").GetInt32(), await NaturalWidthAsync(page, "#painting"));
        Assert.EndsWith("/artifacts/0/target.png", await page.Locator("#painting").GetAttributeAsync("src"));
        Assert.NotEmpty(await page.Locator("#style-body .style-name").InnerTextAsync());
        Assert.True(await page.Locator("#elements-body .chip").CountAsync() > 0, "no recognised elements shown");
        await ScreenshotAsync(page, "desktop-r0.png");

        // A comment under the painting becomes revision 1; the conversation keeps both.
        await page.GetByLabel("Tell Easel what to change").FillAsync("make it darker");
        await page.GetByLabel("Tell Easel what to change").PressAsync("Enter");
        await WaitForRevisionAsync(page, 1);
        Assert.EndsWith("/artifacts/1/target.png", await page.Locator("#painting").GetAttributeAsync("src"));
        Assert.True(await NaturalWidthAsync(page, "#painting") > 0);
        Assert.Equal(2, await page.Locator("#conversation .turn").CountAsync());
        Assert.Contains("make it darker", await page.Locator("#conversation .turn[data-revision='1']").InnerTextAsync());
        // How the comment was read (from revision 1's manifest.json) is said under it.
        await Assertions.Expect(page.Locator("#conversation .turn[data-revision='1'] .understood")).ToContainTextAsync("Easel");
        Assert.True(await NaturalWidthAsync(page, "#conversation .turn[data-revision='0'] img") > 0);

        // Each revision's image can be downloaded.
        var download = page.Locator("#conversation .turn[data-revision='1'] a[download]");
        var href = await download.GetAttributeAsync("href");
        var image = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, image.Status);
        Assert.StartsWith("image/png", image.Headers["content-type"]);

        await AssertAccessibleAsync(page);

        // The pictures show the page at rest, without the focus ring of the box just used.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Mouse.MoveAsync(0, 0);
        await ScreenshotAsync(page, "desktop.png");
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(300);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "the narrow page scrolls sideways");
        await ScreenshotAsync(page, "narrow.png");
        if (Environment.GetEnvironmentVariable("EASEL_UPDATE_DOCS") == "1")
        {
            // Regenerates the page's pictures in docs/ (tests/Web.Tests/README.md), from this very run.
            var docs = Path.Combine(ServeProcess.RepositoryRoot(), "docs");
            Directory.CreateDirectory(docs);
            File.Copy(Path.Combine(fixture.ScreenshotFolder, "desktop.png"), Path.Combine(docs, "web-desktop.png"), overwrite: true);
            File.Copy(Path.Combine(fixture.ScreenshotFolder, "narrow.png"), Path.Combine(docs, "web-narrow.png"), overwrite: true);
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Picks_a_variation_and_goes_back_to_an_earlier_one()
    {
        var (context, page, problems) = await OpenAsync(1280, 900);
        await using var _ = context;

        await page.GetByLabel("What should Easel paint?").FillAsync("a goose on the grass");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByLabel("Variations").SelectOptionAsync("2");
        await page.GetByLabel("Size").SelectOptionAsync("384x384");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Paint" }).ClickAsync();
        await WaitForRevisionAsync(page, 0);

        // Revision 0's two variations, side by side, each loaded.
        var variations = page.Locator("#conversation .turn[data-revision='0'] .variations img");
        await Assertions.Expect(variations).ToHaveCountAsync(2);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.variations img')].every(i => i.complete && i.naturalWidth > 0)");

        // Pick the second one and comment on it: revision 1 continues from it, and says so.
        await page.GetByRole(AriaRole.Button, new() { Name = "Use variation 2" }).ClickAsync();
        await Assertions.Expect(page.Locator("#comment-from")).ToContainTextAsync("revision 0, variation 2");
        await page.GetByLabel("Tell Easel what to change").FillAsync("make it darker");
        await page.GetByLabel("Tell Easel what to change").PressAsync("Enter");
        await WaitForRevisionAsync(page, 1);
        await Assertions.Expect(page.Locator("#comment-from")).ToBeHiddenAsync();
        var from = (await StatusAsync(page)).GetProperty("history")[1].GetProperty("from");
        Assert.Equal((0, 1), (from.GetProperty("revision").GetInt32(), from.GetProperty("candidate").GetInt32()));
        await Assertions.Expect(page.Locator("#conversation .turn[data-revision='1'] .branched")).ToContainTextAsync("variation 2");

        // Go back to the first variation of revision 0: revision 2 branches off there, set in under the tree.
        await page.Locator("#conversation .turn[data-revision='0']").GetByRole(AriaRole.Button, new() { Name = "Use variation 1" }).ClickAsync();
        await page.GetByLabel("Tell Easel what to change").FillAsync("make it a watercolor");
        await page.GetByLabel("Tell Easel what to change").PressAsync("Enter");
        await WaitForRevisionAsync(page, 2);
        from = (await StatusAsync(page)).GetProperty("history")[2].GetProperty("from");
        Assert.Equal((0, 0), (from.GetProperty("revision").GetInt32(), from.GetProperty("candidate").GetInt32()));
        Assert.Contains("branch", await page.Locator("#conversation .turn[data-revision='2']").GetAttributeAsync("class"));

        await AssertAccessibleAsync(page);
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await ScreenshotAsync(page, "variations.png");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Works_by_keyboard_alone_with_a_Chinese_prompt()
    {
        var (context, page, problems) = await OpenAsync(390, 844);
        await using var _ = context;
        const string prompt = "一只鹅站在草地上";

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("prompt", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.InsertTextAsync(prompt);
        await page.Keyboard.PressAsync("Enter");

        await WaitForRevisionAsync(page, 0);
        var status = await StatusAsync(page);
        Assert.Equal(prompt, status.GetProperty("prompt").GetString());
        // What the analyzer makes of the words is the pipeline's business (its own tests); the page's is that the
        // text reaches the API intact and comes back painted.
        output.WriteLine($"elements: {status.GetProperty("elements")}");
        Assert.Contains(prompt, await page.Locator("#painting-title").InnerTextAsync());
        Assert.Contains("ready", await page.Locator("#progress-status").InnerTextAsync());

        // The comment box, its button and the downloads are all reachable with Tab.
        var reached = new HashSet<string>();
        for (var i = 0; i < 60 && !reached.Contains("comment"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }
        Assert.Contains("Download PNG", reached);
        Assert.Contains("comment", reached);
        await ScreenshotAsync(page, "keyboard-narrow.png");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Shows_mistakes_and_API_errors_as_readable_messages()
    {
        var (context, page, problems) = await OpenAsync(1280, 900);
        await using var _ = context;
        var error = page.Locator("#prompt-error");
        await ScreenshotAsync(page, "home.png");

        // Nothing typed: said on the page, and the box is marked invalid.
        await page.GetByRole(AriaRole.Button, new() { Name = "Paint" }).ClickAsync();
        await Assertions.Expect(error).ToBeVisibleAsync();
        Assert.Contains("Describe the painting first", await error.InnerTextAsync());
        Assert.Equal("true", await page.Locator("#prompt").GetAttributeAsync("aria-invalid"));

        // A seed the API refuses: its problem+json becomes a sentence, not JSON.
        await page.GetByLabel("What should Easel paint?").FillAsync("a red boat on a calm lake");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByLabel("Seed (optional)").FillAsync("99999999999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Paint" }).ClickAsync();
        await Assertions.Expect(error).ToContainTextAsync("seed");
        var text = await error.InnerTextAsync();
        output.WriteLine(text);
        Assert.DoesNotContain("{", text);
        Assert.DoesNotContain("\"status\"", text);
        Assert.Equal("true", await page.Locator("#seed").GetAttributeAsync("aria-invalid"));
        Assert.True(await page.Locator("#studio").IsHiddenAsync(), "a refused request must not open the studio");
        await ScreenshotAsync(page, "error.png");
        await AssertAccessibleAsync(page);

        // An unknown generation in the address: a readable status, not a stuck spinner.
        await page.GotoAsync("/#0123456789abcdef0123456789abcdef");
        await Assertions.Expect(page.Locator("#progress-status")).ToContainTextAsync("0123456789abcdef0123456789abcdef");
        Assert.DoesNotContain("{", await page.Locator("#progress-status").InnerTextAsync());
        // The refused requests themselves show up as "Failed to load resource" in the console; nothing else may.
        Assert.DoesNotContain(problems, p => !p.Contains("Failed to load resource"));
    }

    [Fact]
    public async Task Shows_progress_downloads_layers_lists_the_gallery_and_starts_again_from_a_picture()
    {
        var (context, page, problems) = await OpenAsync(1280, 900);
        await using var _ = context;
        var events = 0;
        page.Request += (_, request) => { if (request.Url.EndsWith("/events", StringComparison.Ordinal)) events++; };

        await page.GetByLabel("What should Easel paint?").FillAsync("a red fox in a snowy forest");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByLabel("Size").SelectOptionAsync("384x384");
        await page.GetByLabel("Seed (optional)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Paint" }).ClickAsync();
        await WaitForRevisionAsync(page, 0);

        // The stages came over the event stream, and the bar is full once the painting is ready.
        Assert.True(events > 0, "the page did not open the event stream");
        Assert.Equal(1, await page.Locator("#progress-bar").EvaluateAsync<double>("p => p.value"));
        Assert.Equal("", await page.Locator("#progress-eta").InnerTextAsync());

        // Layers download as OpenRaster.
        var layers = await page.GetByRole(AriaRole.Link, new() { Name = "Download layers (.ora)" }).GetAttributeAsync("href");
        var ora = await page.APIRequest.GetAsync(layers!);
        Assert.Equal(200, ora.Status);
        Assert.StartsWith("image/openraster", ora.Headers["content-type"]);
        var id = (await StatusAsync(page)).GetProperty("id").GetString()!;
        var picture = await (await page.APIRequest.GetAsync($"/api/generations/{id}/artifacts/0/target.png")).BodyAsync();

        // The gallery lists it (newest first) after a reload, and a click reopens it.
        await page.GotoAsync("/");
        var item = page.Locator($".gallery-item[data-id='{id}']");
        await Assertions.Expect(item).ToBeVisibleAsync();
        Assert.Equal(id, await page.Locator(".gallery-item").First.GetAttributeAsync("data-id"));
        await Assertions.Expect(item).ToContainTextAsync("a red fox in a snowy forest");
        await AssertAccessibleAsync(page);
        await item.GetByRole(AriaRole.Button).ClickAsync();
        await WaitForRevisionAsync(page, 0);
        Assert.Equal(id, Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#')));

        // Starting again from the saved picture paints a new generation with the picture's prompt and seed.
        await page.GetByLabel("Or start again from a picture Easel made").SetInputFilesAsync(
            new FilePayload { Name = "fox.png", MimeType = "image/png", Buffer = picture });
        await page.WaitForFunctionAsync("id => location.hash.length > 1 && location.hash !== '#' + id", id);
        await WaitForRevisionAsync(page, 0);
        var recalled = await StatusAsync(page);
        Assert.NotEqual(id, recalled.GetProperty("id").GetString());
        Assert.Equal(("a red fox in a snowy forest", 3), (recalled.GetProperty("prompt").GetString(), recalled.GetProperty("seed").GetInt32()));
        await Assertions.Expect(page.Locator("#painting-title")).ToContainTextAsync("a red fox in a snowy forest");

        // A picture Easel did not make is refused with a readable sentence.
        await page.GetByLabel("Or start again from a picture Easel made").SetInputFilesAsync(
            new FilePayload { Name = "plain.png", MimeType = "image/png", Buffer = Convert.FromBase64String(PlainPng) });
        await Assertions.Expect(page.Locator("#prompt-error")).ToContainTextAsync("no Easel parameters");
        Assert.DoesNotContain(problems, p => !p.Contains("Failed to load resource"));
    }

    // A 1x1 PNG with no text chunks.
    private const string PlainPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> OpenAsync(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Serve.BaseUri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        // Script errors and failed requests fail the test: a page that works only by luck is not done.
        var problems = new List<string>();
        page.PageError += (_, message) => problems.Add($"page error: {message}");
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        await page.GotoAsync("/");
        return (context, page, problems);
    }

    private async Task WaitForRevisionAsync(IPage page, int revision)
    {
        try
        {
            await page.WaitForFunctionAsync(
                """
                r => {
                  const img = document.querySelector(`#conversation .turn[data-revision="${r}"] img`);
                  const painting = document.querySelector('#painting');
                  return document.querySelector('#frame').getAttribute('aria-busy') === 'false'
                    && img && img.complete && img.naturalWidth > 0
                    && painting.complete && painting.naturalWidth > 0
                    && painting.getAttribute('src').endsWith(`/artifacts/${r}/target.png`);
                }
                """,
                revision, new PageWaitForFunctionOptions { Timeout = PaintTimeoutMs, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync(page, $"timeout-r{revision}.png");
            var tail = fixture.Serve.Log;
            throw new TimeoutException($"revision {revision} did not appear; page says '{await page.Locator("#progress-status").InnerTextAsync()}'. serve:\n{tail[Math.Max(0, tail.Length - 4000)..]}");
        }
    }

    private static async Task<JsonElement> StatusAsync(IPage page)
    {
        var id = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        Assert.Matches("^[A-Za-z0-9_-]+$", id);
        var response = await page.APIRequest.GetAsync($"/api/generations/{id}");
        Assert.Equal(200, response.Status);
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>axe-core's checks (names, labels, contrast, landmarks, ARIA): no violation may be left.</summary>
    private async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var violations = results.Violations
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))})")
            .ToList();
        foreach (var violation in violations) output.WriteLine(violation);
        Assert.Empty(violations);
    }

    private static Task<int> NaturalWidthAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<int>("i => i.complete ? i.naturalWidth : 0");

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(fixture.ScreenshotFolder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}

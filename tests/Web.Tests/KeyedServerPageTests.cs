using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Easel.Web.Tests;

/// <summary>
/// The page against a serve started with <c>EASEL_API_KEY</c>: it asks for the key, says so when the key is wrong,
/// paints with the right one — its pictures and its event stream included, which the browser loads without headers —
/// and remembers the key across a reload. The key never becomes readable to the page as a cookie.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class KeyedServerPageTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Key = "page-test-key-5f0c2a";

    [Fact]
    public async Task Asks_for_the_key_then_paints_with_pictures_and_events_and_remembers_it()
    {
        await using var serve = await ServeProcess.StartWithOwnStorageAsync(TimeSpan.FromSeconds(120),
            new Dictionary<string, string> { ["EASEL_API_KEY"] = Key });
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = serve.BaseUri.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, message) => problems.Add($"page error: {message}");
        page.Console += (_, message) =>
        {
            // The 401s that make the page ask for the key are logged by the browser itself; nothing else may be.
            if (message.Type == "error" && !message.Text.Contains("401", StringComparison.Ordinal)) problems.Add($"console: {message.Text}");
        };
        var streams = new List<int>();
        page.Response += (_, response) => { if (response.Url.EndsWith("/events", StringComparison.Ordinal)) lock (streams) streams.Add(response.Status); };

        // The page itself is open; its first API call (the gallery) is refused, so it asks for the key.
        await page.GotoAsync("/");
        var keyForm = page.Locator("#key-form");
        await Assertions.Expect(keyForm).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("This Easel needs its API key")).ToBeFocusedAsync();

        // A wrong key: the server's reason is shown and the form stays.
        await page.GetByLabel("This Easel needs its API key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Assertions.Expect(page.Locator("#key-error")).ToContainTextAsync("not valid");
        await Assertions.Expect(keyForm).ToBeVisibleAsync();

        await page.GetByLabel("This Easel needs its API key").FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Assertions.Expect(keyForm).ToBeHiddenAsync();

        await page.GetByLabel("What should Easel paint?").FillAsync("a goose on the grass by a lake");
        await page.Locator("details.options summary").ClickAsync();
        await page.GetByLabel("Size").SelectOptionAsync("384x384");
        await page.GetByLabel("Seed (optional)").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Paint" }).ClickAsync();
        await WaitForPaintingAsync(page, serve);

        // The pictures loaded (the browser fetched them with the session cookie, not the key) ...
        Assert.Equal(384, await page.Locator("#painting").EvaluateAsync<int>("i => i.naturalWidth"));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.thumb img')].every(i => i.complete)");
        Assert.True(await page.Locator(".thumb img").CountAsync() >= 5);
        Assert.Equal(0, await page.Locator(".thumb img").EvaluateAllAsync<int>("all => all.filter(i => i.naturalWidth === 0).length"));
        // ... and the stages came over the event stream, opened with the same cookie.
        lock (streams) Assert.Contains(200, streams);

        // The session cookie is HttpOnly and SameSite=Strict: script cannot read it, other sites do not send it.
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "easel-session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain("easel-session", await page.EvaluateAsync<string>("() => document.cookie"));
        Assert.DoesNotContain(Key, cookie.Value, StringComparison.Ordinal);
        // The cookie alone reads but does not write: a revision needs the key.
        var id = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        var write = await page.APIRequest.PostAsync($"/api/generations/{id}/revisions",
            new() { Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" }, Data = """{"text": "darker"}""" });
        Assert.Equal(401, write.Status);

        // A comment from the page (which sends the key) is accepted; after a reload the key is remembered: no form.
        await page.GetByLabel("Tell Easel what to change").FillAsync("make it darker");
        await page.GetByLabel("Tell Easel what to change").PressAsync("Enter");
        await WaitForPaintingAsync(page, serve, revision: 1);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($".gallery-item[data-id='{id}']")).ToBeVisibleAsync();
        Assert.True(await keyForm.IsHiddenAsync(), "the key was asked for again after a reload");
        Assert.Empty(problems);
    }

    private async Task WaitForPaintingAsync(IPage page, ServeProcess serve, int revision = 0)
    {
        try
        {
            await page.WaitForFunctionAsync(
                """
                r => {
                  const painting = document.querySelector('#painting');
                  return document.querySelector('#frame').getAttribute('aria-busy') === 'false'
                    && painting.complete && painting.naturalWidth > 0
                    && (painting.getAttribute('src') || '').endsWith(`/artifacts/${r}/target.png`);
                }
                """,
                revision, new PageWaitForFunctionOptions { Timeout = 240_000, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            var log = serve.Log;
            output.WriteLine(log[Math.Max(0, log.Length - 4000)..]);
            throw new TimeoutException($"revision {revision} did not appear; page says '{await page.Locator("#progress-status").InnerTextAsync()}'");
        }
    }
}

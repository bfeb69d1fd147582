using Easel.Cli.Serve;

namespace Easel.Serve.Tests;

/// <summary>
/// One Azurite (the repository's npm dependency, <c>npm ci</c>) for the whole test run, on free loopback ports with a
/// fresh data folder, and one shared <c>serve</c> on it. Tests that need their own serve use their own task hub.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"easel-azurite-{Guid.NewGuid():N}");
    private readonly string web = Path.Combine(Path.GetTempPath(), $"easel-web-{Guid.NewGuid():N}");
    private AzuriteProcess? azurite;
    private ServeProcess? serve;

    public string ConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running.");

    /// <summary>The webhook signing secret the shared serve is configured with (Standard Webhooks' form).</summary>
    public const string WebhookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public ServeProcess Serve => serve ?? throw new InvalidOperationException("serve is not running.");

    public async Task InitializeAsync()
    {
        var script = RepositoryFiles.Find("node_modules/azurite/dist/src/azurite.js")
            ?? throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository root.");
        azurite = await AzuriteProcess.StartAsync(script, data);
        // A stand-in for the page of issue 4, so the tests can see serve's static files at "/".
        Directory.CreateDirectory(web);
        await File.WriteAllTextAsync(Path.Combine(web, "index.html"), "<!doctype html><title>Easel</title><p>page</p>");
        serve = await ServeProcess.StartAsync(ConnectionString, "shared", new Dictionary<string, string>
        {
            ["EASEL_WEB"] = web,
            // Many tests (and the fuzz test's thousands of requests) share this serve from one address.
            ["EASEL_STARTS_PER_MINUTE"] = "100000",
            // Webhooks to a receiver the tests run on loopback: the opt-in a real deployment must not give.
            ["EASEL_WEBHOOK_SECRET"] = WebhookSecret,
            ["EASEL_WEBHOOK_ALLOW_PRIVATE"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        if (serve is not null) await serve.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
        try
        {
            Directory.Delete(data, recursive: true);
            Directory.Delete(web, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process going away: the temp folder is cleaned up by the system later.
        }
    }
}

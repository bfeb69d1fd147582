using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>
/// serve on its own long-lived Azurite (the default when no storage is configured), and that Azurite killed, stalled,
/// or killed together with serve: clients see 503 problem+json with Retry-After rather than 500s or hangs, serve
/// recovers by itself, and no generation that was answered 202 is lost.
/// </summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private const string Body = """{"prompt": "a goose on the grass by a lake", "seed": 3, "width": 256, "height": 256}""";
    private readonly string data = Path.Combine(Path.GetTempPath(), $"easel-faults-{Guid.NewGuid():N}");
    private readonly string hub = $"faults{Guid.NewGuid():N}"[..16];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (AzuritePid() is { } pid) Signal("KILL", pid);
        await Task.Delay(200);
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // Azurite going away while we delete: the temp folder is cleaned up by the system later.
        }
    }

    // Azurite comes back as its data folder was last saved, with the pop receipts and ETags of that save rather than
    // those the engine was last given: the engine that ran before the crash fails on it for ever (PopReceiptMismatch,
    // "split brain"), so serve starts a fresh engine after the restart. Without that, 2 of 6 runs of this kind left every generation stuck.
    [Fact]
    public async Task Killing_Azurite_under_running_generations_is_a_503_then_recovers_with_nothing_lost()
    {
        await using var serve = await StartServeAsync();
        var ids = await StartAsync(serve, 4);
        var killed = AzuritePid()!.Value;
        Signal("KILL", killed);

        // While it is down: 503 problem+json with Retry-After, never a 500.
        var saw503 = false;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await serve.Client.GetAsync($"/api/generations/{ids[0]}");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                saw503 = true;
                Assert.NotNull(response.Headers.RetryAfter);
                var problem = await DurableHttp.ProblemAsync(response);
                Assert.Equal("Storage unavailable.", problem.RootElement.GetProperty("title").GetString());
            }
            else if (saw503 && response.StatusCode == HttpStatusCode.OK)
            {
                break; // recovered
            }
            await Task.Delay(100);
        }
        Assert.True(saw503, "no 503 while Azurite was down");
        Assert.Contains("storage unavailable", serve.Log, StringComparison.Ordinal);
        Assert.Contains("Restarted Azurite", serve.Log, StringComparison.Ordinal);
        Assert.Contains("Started a fresh Durable Task engine", serve.Log, StringComparison.Ordinal);
        Assert.NotEqual(killed, AzuritePid());

        // Every generation answered 202 finishes its painting.
        foreach (var id in ids) await DurableHttp.WaitForApiRevisionAsync(serve.Client, id, 0);
    }

    [Fact]
    public async Task A_stalled_Azurite_gets_503s_within_the_storage_timeout_and_serve_picks_up_after()
    {
        await using var serve = await StartServeAsync();
        var ids = await StartAsync(serve, 1);
        var pid = AzuritePid()!.Value;
        Signal("STOP", pid);
        try
        {
            var until = DateTime.UtcNow.AddSeconds(12);
            var answered503 = 0;
            while (DateTime.UtcNow < until)
            {
                var clock = Stopwatch.StartNew();
                using var response = await serve.Client.GetAsync($"/api/generations/{ids[0]}");
                // The storage timeout is 10 s; nothing waits for the stall itself.
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(11.5), $"a request took {clock.Elapsed.TotalSeconds:F1} s");
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    answered503++;
                    Assert.NotNull(response.Headers.RetryAfter);
                    await DurableHttp.ProblemAsync(response);
                }
                await Task.Delay(250);
            }
            Assert.True(answered503 > 0, "no 503 during the stall");
            Assert.Contains("not answering", serve.Log, StringComparison.Ordinal);
        }
        finally
        {
            Signal("CONT", pid);
        }
        await DurableHttp.WaitForApiRevisionAsync(serve.Client, ids[0], 0);
        Assert.Contains("Storage is answering again", serve.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killing_serve_and_Azurite_together_right_after_the_202s_loses_nothing()
    {
        List<string> ids;
        await using (var first = await StartServeAsync())
        {
            ids = await StartAsync(first, 5);
            // Both at once, no shutdown code anywhere: the machine's processes die, its disk stays.
            Signal("KILL", AzuritePid()!.Value);
            Signal("KILL", first.ProcessId);
        }

        await using var second = await StartServeAsync();
        Assert.Contains("Started Azurite", second.Log, StringComparison.Ordinal);
        foreach (var id in ids)
        {
            var done = await DurableHttp.WaitForApiRevisionAsync(second.Client, id, 0);
            Assert.True(done["runtimeStatus"]!.GetValue<string>() == "Running", $"{id}: {done.ToJsonString()}\n{second.Log}");
        }
    }

    [Fact]
    public async Task A_restarted_serve_finds_its_long_lived_Azurite_again()
    {
        int pid;
        await using (var first = await StartServeAsync())
        {
            pid = AzuritePid()!.Value;
            Signal("KILL", first.ProcessId); // only serve: Azurite lives on in its own session
        }
        await Task.Delay(500);
        await using var second = await StartServeAsync();
        Assert.Contains($"Found Azurite (pid {pid})", second.Log, StringComparison.Ordinal);
        await DurableHttp.WaitForApiRevisionAsync(second.Client, (await StartAsync(second, 1))[0], 0);
    }

    private Task<ServeProcess> StartServeAsync() =>
        ServeProcess.StartAsync("", hub, new Dictionary<string, string> { ["EASEL_AZURITE_DATA"] = data, ["EASEL_STORAGE_TIMEOUT_S"] = "10" });

    private static async Task<List<string>> StartAsync(ServeProcess serve, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++) ids.Add(DurableHttp.Url(await DurableHttp.StartAsync(serve.Client, Body), "id"));
        return ids;
    }

    private int? AzuritePid()
    {
        var record = Path.Combine(data, "easel-azurite.json");
        if (!File.Exists(record)) return null;
        return JsonNode.Parse(File.ReadAllText(record))!["Pid"]!.GetValue<int>();
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        kill.WaitForExit();
    }
}

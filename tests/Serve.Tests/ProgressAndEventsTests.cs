using System.Net;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>Progress in the status and the event stream, on a real serve.</summary>
[Collection(ServeCollection.Name)]
public sealed class ProgressAndEventsTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task The_event_stream_pushes_each_stage_with_growing_progress_until_the_picture_is_ready()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a goose on the grass by a lake", "seed": 4, "width": 256, "height": 192}""");
        var id = DurableHttp.Url(payload, "id");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/generations/{id}/events");
        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var events = new List<JsonObject>();
        using var patience = new CancellationTokenSource(DurableHttp.Patience);
        string? name = null;
        while (await reader.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "stage")
            {
                var status = JsonNode.Parse(line[6..])!.AsObject();
                events.Add(status);
                if (status["ready"]!.GetValue<bool>()) break;
            }
        }

        var stages = events.Select(e => e["stage"]!.GetValue<string>()).ToList();
        // The stream polls, so a stage that finishes within one poll is folded into the next event; what it
        // must never do is go backwards, skip the end, or end without the picture.
        Assert.True(events.Count >= 3, $"stages pushed: {string.Join(", ", stages)}");
        var order = new[] { "queued", "started", "compose", "background", "foreground", "merge", "sketch", "stylize", "waiting" };
        var positions = stages.Select(s => Array.IndexOf(order, s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal("waiting", stages[^1]);
        Assert.Contains("target", events[^1]["artifacts"]!.AsObject().Select(a => a.Key));
        var progress = events.Select(e => e["progress"]!.GetValue<double>()).ToList();
        Assert.Equal(progress.Order(), progress); // never goes back
        Assert.Equal(1, progress[^1]);
        Assert.True(events.Where(e => !e["ready"]!.GetValue<bool>()).All(e => e["etaSeconds"]!.GetValue<double>() > 0));

        using var unknown = await Client.GetAsync("/api/generations/0123456789abcdef0123456789abcdef/events");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await DurableHttp.ProblemAsync(unknown);
    }
}

using System.Net;
using System.Text.Json;

namespace Easel.Serve.Tests;

/// <summary>Webhooks on a real serve: a real receiver on loopback (allowed by the fixture's opt-in) gets each revision's
/// event signed per Standard Webhooks, and a refused first delivery is sent again with the same id.</summary>
[Collection(ServeCollection.Name)]
public sealed class WebhookTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task Each_revision_is_posted_signed_and_a_failed_delivery_is_retried()
    {
        await using var receiver = new WebhookReceiver(failFirst: 1);
        var payload = await DurableHttp.StartAsync(Client,
            $$"""{"prompt": "a goose on the grass", "seed": 6, "width": 96, "height": 96, "callbackUrl": "{{receiver.Url}}"}""");
        var id = DurableHttp.Url(payload, "id");
        await DurableHttp.WaitForApiRevisionAsync(Client, id, 0);
        using (var revise = await Client.PostAsync($"/api/generations/{id}/revisions", DurableHttp.Json("""{"text": "make it darker"}""")))
            Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);

        await receiver.WaitAsync(d => d.Count(x => x.Answered == 204) == 2, TimeSpan.FromSeconds(90));
        var deliveries = receiver.Deliveries.ToList();
        // The first try was refused (500) and sent again with the same id; then revision 1's event.
        Assert.Equal([500, 204, 204], deliveries.Select(d => d.Answered));
        Assert.Equal(deliveries[0].Id, deliveries[1].Id);
        Assert.NotEqual(deliveries[1].Id, deliveries[2].Id);
        foreach (var delivery in deliveries)
        {
            Assert.True(WebhookReceiver.Verifies(delivery, AzuriteFixture.WebhookSecret), $"signature {delivery.Signature} does not verify");
            Assert.InRange(long.Parse(delivery.Timestamp), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
        }
        // A changed body no longer verifies.
        Assert.False(WebhookReceiver.Verifies(deliveries[2] with { Body = deliveries[2].Body.Replace("\"revision\":1", "\"revision\":2") }, AzuriteFixture.WebhookSecret));

        using var last = JsonDocument.Parse(deliveries[2].Body);
        Assert.Equal("revision.completed", last.RootElement.GetProperty("type").GetString());
        var data = last.RootElement.GetProperty("data");
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal(1, data.GetProperty("revision").GetInt32());
        // The status the event points at says the revision is ready.
        var status = System.Text.Json.Nodes.JsonNode.Parse(await Client.GetStringAsync(data.GetProperty("status").GetString()))!;
        Assert.Equal(1, status["revision"]!.GetValue<int>());
        Assert.True(status["ready"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("not a url")]
    [InlineData("http://user:secret@example.com/hook")]
    public async Task A_callback_that_is_not_an_http_url_is_a_400_problem(string url)
    {
        using var response = await Client.PostAsync("/api/generations", DurableHttp.Json($$"""{"prompt": "a goose", "callbackUrl": "{{url}}"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await DurableHttp.ProblemAsync(response);
    }
}

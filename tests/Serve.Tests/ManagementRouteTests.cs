using System.Net;
using System.Text.Json.Nodes;

namespace Easel.Serve.Tests;

/// <summary>The same conversation through Durable's own management routes only: raiseEvent, status, purge.</summary>
[Collection(ServeCollection.Name)]
public sealed class ManagementRouteTests(AzuriteFixture fixture)
{
    private HttpClient Client => fixture.Serve.Client;

    [Fact]
    public async Task Revision_and_finish_through_raise_event_then_purge()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a cat under the moon", "seed": 11, "width": 256, "height": 256}""");
        var statusUri = DurableHttp.Url(payload, "statusQueryGetUri");
        var sendEvent = DurableHttp.Url(payload, "sendEventPostUri");
        await DurableHttp.WaitForRevisionAsync(Client, statusUri, 0);

        using (var raised = await Client.PostAsync(sendEvent.Replace("{eventName}", "Revision", StringComparison.Ordinal), DurableHttp.Json("""{"text": "add a dog"}""")))
            Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        var revised = await DurableHttp.WaitForRevisionAsync(Client, statusUri, 1);
        var history = DurableHttp.Field((JsonObject)revised["customStatus"]!, "history")!.AsArray();
        Assert.Equal(2, history.Count);

        // A Revision event is checked like the API's body.
        using (var bad = await Client.PostAsync(sendEvent.Replace("{eventName}", "Revision", StringComparison.Ordinal), DurableHttp.Json("""{"text": 5}""")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            await DurableHttp.ProblemAsync(bad);
        }

        // Still running: purge refuses.
        using (var early = await Client.DeleteAsync(DurableHttp.Url(payload, "purgeHistoryDeleteUri")))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            await DurableHttp.ProblemAsync(early);
        }

        using (var finish = await Client.PostAsync(sendEvent.Replace("{eventName}", "Finish", StringComparison.Ordinal), null))
            Assert.Equal(HttpStatusCode.Accepted, finish.StatusCode);
        var completed = await DurableHttp.WaitForRuntimeStatusAsync(Client, statusUri, "Completed");
        Assert.Equal("finished", DurableHttp.Field((JsonObject)completed["customStatus"]!, "stage")!.GetValue<string>());
        Assert.NotNull(completed["output"]);
        using (var done = await Client.GetAsync(statusUri))
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        using (var late = await Client.PostAsync(sendEvent.Replace("{eventName}", "Revision", StringComparison.Ordinal), DurableHttp.Json("""{"text": "add a dog"}""")))
            Assert.Equal(HttpStatusCode.Gone, late.StatusCode);

        using (var purge = await Client.DeleteAsync(DurableHttp.Url(payload, "purgeHistoryDeleteUri")))
            Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        using (var gone = await Client.GetAsync(statusUri))
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Suspend_and_resume()
    {
        var payload = await DurableHttp.StartAsync(Client, """{"prompt": "a quiet lake", "seed": 2, "width": 128, "height": 128}""");
        var statusUri = DurableHttp.Url(payload, "statusQueryGetUri");
        await DurableHttp.WaitForRevisionAsync(Client, statusUri, 0);

        using (var suspend = await Client.PostAsync(DurableHttp.Url(payload, "suspendPostUri").Replace("{text}", "lunch", StringComparison.Ordinal), null))
            Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
        await DurableHttp.WaitForRuntimeStatusAsync(Client, statusUri, "Suspended");
        using (var resume = await Client.PostAsync(DurableHttp.Url(payload, "resumePostUri").Replace("{text}", "back", StringComparison.Ordinal), null))
            Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        await DurableHttp.WaitForRuntimeStatusAsync(Client, statusUri, "Running");
        using (var terminate = await Client.PostAsync(DurableHttp.Url(payload, "terminatePostUri").Replace("{text}", "done", StringComparison.Ordinal), null))
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
    }
}

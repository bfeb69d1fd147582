using System.Text.Json;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Webhooks;
using Easel.TestHelpers;

namespace Easel.Cli.Tests.Orchestration;

/// <summary>Webhooks from the orchestration on Durable's test host (with replay) to a real receiver on loopback.</summary>
public sealed class WebhookDeliveryTests : IDisposable
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private readonly string root = Directory.CreateTempSubdirectory("easel-webhooks-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Each_revision_is_delivered_once_accepted_and_signed()
    {
        await using var receiver = new WebhookReceiver(failFirst: 1);
        var services = PaintServices.CreateDefault(new FileArtifactStore(root)) with
        {
            Webhooks = new WebhookSettings(WebhookSettings.ParseSecret(Secret), AllowPrivateTargets: true),
        };
        var request = new PaintRequest("a goose on the grass", Seed: 2, Width: 96, Height: 96, CallbackUrl: receiver.Url, Candidates: 2);

        await TestHostRunner.RunAsync(PaintActivities.Create(services), request, ["make it darker"]);

        var accepted = receiver.Deliveries.Where(d => d.Answered == 204).ToList();
        Assert.Equal(2, accepted.Count);
        Assert.Equal(receiver.Deliveries.First().Id, accepted[0].Id); // the refused first try was sent again, same id
        Assert.All(receiver.Deliveries, d => Assert.True(WebhookReceiver.Verifies(d, Secret), d.Signature));
        var events = accepted.Select(d => JsonDocument.Parse(d.Body).RootElement).ToList();
        Assert.All(events, e => Assert.Equal(WebhookEvent.RevisionCompleted, e.GetProperty("type").GetString()));
        Assert.Equal([0, 1], events.Select(e => e.GetProperty("data").GetProperty("revision").GetInt32()));
        Assert.Equal(2, events[0].GetProperty("data").GetProperty("candidates").GetInt32());
    }
}

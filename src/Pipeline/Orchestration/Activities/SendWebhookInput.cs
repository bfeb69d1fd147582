using Easel.Pipeline.Webhooks;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="MessageId">The webhook-id: the same on every retry, so a receiver can drop a repeat.</param>
public sealed record SendWebhookInput(string Url, string MessageId, WebhookEvent Event);

using System.Text.Json.Serialization;

namespace Easel.Api;

/// <summary>Durable Functions' HTTP management payload: what a Durable client gets back from a start request.</summary>
public sealed record ManagementPayload(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("statusQueryGetUri")] string StatusQueryGetUri,
    [property: JsonPropertyName("sendEventPostUri")] string SendEventPostUri,
    [property: JsonPropertyName("terminatePostUri")] string TerminatePostUri,
    [property: JsonPropertyName("purgeHistoryDeleteUri")] string PurgeHistoryDeleteUri,
    [property: JsonPropertyName("suspendPostUri")] string SuspendPostUri,
    [property: JsonPropertyName("resumePostUri")] string ResumePostUri)
{
    public const string WebhookPath = "/runtime/webhooks/durabletask";

    /// <summary>The payload for an engine whose management routes live under <paramref name="baseUri"/> (as on <c>serve</c>).</summary>
    /// <param name="query">Appended to every URL, e.g. "taskHub=easel&amp;connection=Storage".</param>
    public static ManagementPayload For(string instanceId, Uri baseUri, string query)
    {
        var instance = $"{baseUri.GetLeftPart(UriPartial.Authority)}{WebhookPath}/instances/{Uri.EscapeDataString(instanceId)}";
        return new ManagementPayload(
            instanceId,
            $"{instance}?{query}",
            $"{instance}/raiseEvent/{{eventName}}?{query}",
            $"{instance}/terminate?reason={{text}}&{query}",
            $"{instance}?{query}",
            $"{instance}/suspend?reason={{text}}&{query}",
            $"{instance}/resume?reason={{text}}&{query}");
    }
}

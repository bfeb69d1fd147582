using System.Text.Json.Serialization;

namespace Easel.Api;

/// <summary>
/// Durable Functions' HTTP management payload: what a Durable client gets back from a start request. Where Durable's
/// management URLs would carry a secret (the Functions host's system key), a caller without that key gets Easel's own
/// status and revision URLs instead and no management URLs (those properties are left out).
/// </summary>
public sealed record ManagementPayload(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("statusQueryGetUri")] string StatusQueryGetUri,
    [property: JsonPropertyName("sendEventPostUri")] string SendEventPostUri,
    [property: JsonPropertyName("terminatePostUri"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TerminatePostUri,
    [property: JsonPropertyName("purgeHistoryDeleteUri"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PurgeHistoryDeleteUri,
    [property: JsonPropertyName("suspendPostUri"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SuspendPostUri,
    [property: JsonPropertyName("resumePostUri"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ResumePostUri)
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

    /// <summary>Easel's own URLs only: the status route and the revision route, which need no system key.</summary>
    public static ManagementPayload ForApi(string instanceId, Uri baseUri)
    {
        var status = $"{baseUri.GetLeftPart(UriPartial.Authority)}{ApiRoutes.StatusUrl(instanceId)}";
        return new ManagementPayload(instanceId, status, $"{status}/revisions", null, null, null, null);
    }
}

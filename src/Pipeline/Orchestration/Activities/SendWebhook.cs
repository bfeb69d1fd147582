using System.Text;
using System.Text.Json;
using Easel.Pipeline.Webhooks;
using Microsoft.DurableTask;

namespace Easel.Pipeline.Orchestration.Activities;

/// <summary>
/// Activity: POSTs one webhook, signed as Standard Webhooks says. Any answer but 2xx (or no answer) throws, and the
/// orchestration's retry policy sends it again with the same webhook-id; being an activity, an accepted event survives
/// a crash of the host and is sent when the work is picked up again.
/// </summary>
public sealed class SendWebhook(WebhookSettings settings, TimeProvider time, HttpClient? client = null) : TaskActivity<SendWebhookInput, int>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient client = client ?? WebhookTargets.CreateClient(settings, TimeSpan.FromSeconds(15));

    /// <returns>The receiver's status code.</returns>
    public override async Task<int> RunAsync(TaskActivityContext context, SendWebhookInput input)
    {
        // Checked again here: the start was validated by another process, perhaps under other settings.
        if (settings.Problem(input.Url) is { } problem) throw new InvalidOperationException($"webhook not sent: {problem}");
        var body = JsonSerializer.Serialize(input.Event, Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, input.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, input.MessageId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.Secret!, input.MessageId, timestamp, body));
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"webhook receiver answered {(int)response.StatusCode}", null, response.StatusCode);
        return (int)response.StatusCode;
    }
}

namespace Easel.Api;

/// <param name="MaxBodyBytes">Largest request body accepted (a prompt is at most 2000 characters, 4 bytes each in UTF-8).</param>
/// <param name="RevisionWindowMinutes">How long a generation waits for the next comment before it finishes.</param>
/// <param name="PublicBaseUri">The scheme and authority the API's absolute URLs use; null takes the request's, which the
/// host must then have checked against its allowed host names (never trust a Host header as is).</param>
/// <param name="StorageTimeoutSeconds">How long one request waits for storage before it answers 503 instead of hanging.</param>
/// <param name="StartsPerMinute">Starts one caller (key, identity or client address) may make per minute; also the burst.</param>
/// <param name="RevisionsPerMinute">Revisions one caller may send per minute; also the burst.</param>
/// <param name="MaxPictureBytes">Largest start body that carries a picture to recall (<c>{"from": "&lt;PNG, base64&gt;"}</c> or a
/// multipart upload); every other body keeps <paramref name="MaxBodyBytes"/>.</param>
/// <param name="EventPollMilliseconds">How often an event stream (<c>GET …/events</c>) looks at its generation.</param>
/// <param name="Webhooks">Whether and where this host sends webhooks (<c>callbackUrl</c>); null sends none. The same
/// settings go to the activity that sends them (<c>PaintServices.Webhooks</c>).</param>
/// <param name="MaxQueued">Generations started by this process and not yet painted; beyond it a start gets 503 + Retry-After.</param>
public sealed record ApiOptions(
    int MaxBodyBytes = 16 * 1024,
    double RevisionWindowMinutes = 60,
    Uri? PublicBaseUri = null,
    double StorageTimeoutSeconds = 10,
    int StartsPerMinute = 60,
    int RevisionsPerMinute = 120,
    int MaxQueued = 100,
    int MaxPictureBytes = 16 * 1024 * 1024,
    int EventPollMilliseconds = 250,
    Easel.Pipeline.Webhooks.WebhookSettings? Webhooks = null)
{
    public TimeSpan StorageTimeout => TimeSpan.FromSeconds(StorageTimeoutSeconds);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>
/// "Recall": a picture Easel made carries its parameters (<see cref="PictureParameters"/>), so a start body
/// <c>{"from": "&lt;PNG, base64&gt;"}</c> (or a multipart upload of the PNG) paints it again: the first revision's
/// prompt, seed, size, style request and stylizer, then the picture's revision comments in order. Any other field of
/// the body overrides the picture's ("the same, seed 9").
/// </summary>
public static class PictureRecall
{
    public const string Field = "from";

    /// <summary>Most revision comments a recalled picture may replay (each one is a whole revision to paint).</summary>
    public const int MaxComments = 20;

    /// <summary>True when the body asks to start again from a picture.</summary>
    public static bool Asks(JsonElement body) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(Field, out _);

    /// <summary>True for a multipart upload (the picture as a file part).</summary>
    public static bool IsUpload(HttpRequest request) => request.HasFormContentType
        && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PNG of a multipart upload: its first file part.</summary>
    /// <returns>The bytes, or null and the problem.</returns>
    public static async Task<(byte[]? Png, IResult? Problem)> ReadUploadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, Problems.TooLarge(maxBytes));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            // The form reader's own limits (too many parts, a part too long) or a malformed multipart body.
            return (null, Problems.BadRequest($"The upload could not be read: {e.Message.Split('\n')[0]}"));
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            // A body that is not multipart at all ("Unexpected end of Stream"): the caller's mistake, not ours.
            return (null, Problems.BadRequest($"The upload is not a multipart body with a file part: {e.Message.Split('\n')[0]}"));
        }
        if (form.Files.Count == 0) return (null, Problems.BadRequest("The upload holds no file; send the PNG as a file part (curl -F picture=@target.png)."));
        var file = form.Files[0];
        if (file.Length > maxBytes) return (null, Problems.TooLarge(maxBytes));
        using var memory = new MemoryStream((int)file.Length);
        await file.CopyToAsync(memory, cancellationToken);
        return (memory.ToArray(), null);
    }

    /// <summary>Decodes the <c>from</c> field: base64, with or without a <c>data:image/png;base64,</c> prefix.</summary>
    public static (byte[]? Png, string? Problem) Decode(JsonElement body)
    {
        var value = body.GetProperty(Field);
        if (value.ValueKind != JsonValueKind.String) return (null, "'from' must be a PNG written by Easel, as a base64 string.");
        var text = value.GetString()!;
        var comma = text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? text.IndexOf(',') : -1;
        if (comma >= 0) text = text[(comma + 1)..];
        var bytes = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, bytes, out var written)
            ? (bytes[..written], null)
            : (null, "'from' is not valid base64.");
    }

    /// <summary>The start body a picture's parameters give, with <paramref name="overrides"/> (the request's other fields) on top.</summary>
    /// <returns>The body for <see cref="StartRequest.Parse"/> and the comments to replay, or null and the problem.</returns>
    public static (JsonElement Body, IReadOnlyList<string> Comments, string? Problem) StartBody(byte[] png, JsonElement overrides)
    {
        EmbeddedParameters? embedded;
        try
        {
            embedded = PictureParameters.Read(png);
        }
        catch (InvalidDataException e)
        {
            return (default, [], $"The picture could not be read: {e.Message.Split('\n')[0]}");
        }
        if (embedded is null)
            return (default, [], "The picture carries no Easel parameters (only a target.png written by Easel does; its 'easel' text chunk holds them).");

        var manifest = embedded.Manifest;
        var first = embedded.Revisions.FirstOrDefault(r => r.Revision == 0);
        var body = new JsonObject
        {
            ["prompt"] = manifest.Prompt,
            ["seed"] = manifest.Seed,
            ["width"] = manifest.Width,
            ["height"] = manifest.Height,
            ["style"] = RequestedStyle(manifest, first),
            ["stylizer"] = manifest.Stylizer,
        };
        if (manifest.StylizerDetails.TryGetValue("strength", out var strength)
            && double.TryParse(strength, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s))
            body["styleStrength"] = s;
        if (overrides.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in overrides.EnumerateObject().Where(p => p.Name != Field))
                body[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        var comments = embedded.Revisions.Where(r => r.Revision > 0).OrderBy(r => r.Revision)
            .Select(r => r.Text ?? "").Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (comments.Count > MaxComments)
            return (default, [], $"The picture's revision chain has {comments.Count} comments; at most {MaxComments} can be replayed.");
        foreach (var comment in comments)
        {
            if (PaintRequestValidator.TextProblem(comment, "a revision comment") is { } problem)
                return (default, [], $"The picture's revision chain is not valid: {problem}.");
        }
        return (JsonSerializer.SerializeToElement(body), comments, null);
    }

    /// <summary>
    /// The style the first request named, if any: the style stage records "X was asked for by name" among its reasons.
    /// A style the text chose by itself is left to the text again (null), so the recalled scene reads exactly as before.
    /// </summary>
    private static string? RequestedStyle(GenerationManifest manifest, RevisionRecord? first)
    {
        var asked = manifest.Style.Reasons.Select(r => r.Split(' ', 2)).FirstOrDefault(p => p.Length == 2 && p[1] == "was asked for by name")?[0];
        return asked is not null && asked == (first?.Style ?? manifest.Style.Name) ? asked : null;
    }
}

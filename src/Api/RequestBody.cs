using System.Text;
using System.Text.Json;
using Easel.Pipeline.Orchestration;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Easel.Api;

/// <summary>
/// Reads a small JSON request body strictly: a hard size limit whatever the host's own limits are, JSON content only
/// (a form or text/plain body is what a cross-site page can send), UTF-8 only, and no string that is not Unicode.
/// </summary>
internal static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The parsed body, or a problem result (413 too large, 415 not JSON, 400 empty, not UTF-8 or not JSON).</returns>
    public static async Task<(JsonElement Body, IResult? Problem)> ReadJsonAsync(HttpRequest request, int maxBytes, bool allowEmpty, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (default, Problems.TooLarge(maxBytes));
        var declaresBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (declaresBody && !IsJson(request.ContentType)) return (default, Problems.UnsupportedMediaType());

        // The buffer grows as the body arrives (up to one byte past the limit, to tell "too large"), so a generous limit
        // (a picture to recall) costs nothing for a small body.
        var buffer = new byte[(int)Math.Min(maxBytes + 1L, Math.Max(1024L, (request.ContentLength ?? 0) + 1))];
        var length = 0;
        int read;
        while (length <= maxBytes)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
            if ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) <= 0) break;
            length += read;
        }
        if (length > maxBytes) return (default, Problems.TooLarge(maxBytes));
        var bytes = buffer.AsMemory(0, length);
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
            return allowEmpty ? (default, null) : (default, Problems.BadRequest("The request body is empty; send a JSON object."));
        if (!IsJson(request.ContentType)) return (default, Problems.UnsupportedMediaType());

        try
        {
            StrictUtf8.GetCharCount(bytes.Span);
        }
        catch (DecoderFallbackException)
        {
            return (default, Problems.BadRequest("The request body is not valid UTF-8."));
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (FirstInvalidString(document.RootElement) is { } where)
                return (default, Problems.BadRequest($"The request body holds a string that is not valid Unicode ({where})."));
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (default, Problems.BadRequest("The request body is not valid JSON."));
        }
    }

    /// <summary>JSON as <c>application/json</c> or <c>application/*+json</c>, in UTF-8 (the only charset JSON allows, RFC 8259).</summary>
    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var type = media.MediaType.Value ?? "";
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = media.Charset.Value;
        return json && (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>JSON escapes can spell a lone surrogate ("\ud800"), which no .NET string may carry onwards.</summary>
    /// <returns>Where the first such string is ("a property name", "a value"), or null when every string is valid.</returns>
    private static string? FirstInvalidString(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsValidUnicode(element) ? null : "a value";
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstInvalidString(item) is { } inItem) return inItem;
                }
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return "a property name";
                    }
                    if (PaintRequestValidator.HasLoneSurrogate(name)) return "a property name";
                    if (FirstInvalidString(property.Value) is { } inValue) return inValue;
                }
                return null;
            default:
                return null;
        }
    }

    private static bool IsValidUnicode(JsonElement value)
    {
        try
        {
            return !PaintRequestValidator.HasLoneSurrogate(value.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

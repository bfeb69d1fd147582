using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Easel.Api;

/// <summary>Reads a small JSON request body with a hard size limit, whatever the host's own limits are.</summary>
internal static class RequestBody
{
    /// <returns>The parsed body, or a problem result (413 too large, 400 empty or not JSON).</returns>
    public static async Task<(JsonElement Body, IResult? Problem)> ReadJsonAsync(HttpRequest request, int maxBytes, bool allowEmpty, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (default, Problems.TooLarge(maxBytes));

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        if (length > maxBytes) return (default, Problems.TooLarge(maxBytes));
        if (buffer.AsSpan(0, length).Trim(" \t\r\n"u8).IsEmpty)
            return allowEmpty ? (default, null) : (default, Problems.BadRequest("The request body is empty; send a JSON object."));

        try
        {
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length), new JsonDocumentOptions { MaxDepth = 16 });
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (default, Problems.BadRequest("The request body is not valid JSON."));
        }
    }
}

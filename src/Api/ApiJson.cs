using System.Text.Encodings.Web;
using System.Text.Json;

namespace Easel.Api;

/// <summary>JSON as the API writes it (camelCase, readable Chinese) and reads what the engines stored (any casing).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses what an engine serialized (Durable's converter writes PascalCase by default), or null when it is absent or unreadable.</summary>
    public static T? TryDeserialize<T>(string? json) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

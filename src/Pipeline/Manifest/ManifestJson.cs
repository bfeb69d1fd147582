using System.Text.Encodings.Web;
using System.Text.Json;

namespace Easel.Pipeline.Manifest;

/// <summary>The JSON form of manifest.json: camelCase, indented, readable Chinese.</summary>
public static class ManifestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same conventions on one line, for JSON embedded in other files.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static byte[] Serialize(GenerationManifest manifest) => JsonSerializer.SerializeToUtf8Bytes(manifest, Options);

    public static GenerationManifest Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<GenerationManifest>(json, Options) ?? throw new JsonException("Empty manifest.");
}

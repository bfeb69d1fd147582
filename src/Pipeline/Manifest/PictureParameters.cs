using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;

namespace Easel.Pipeline.Manifest;

/// <summary>
/// The parameters a target.png carries inside it, so a saved picture says how it was made: an AUTOMATIC1111-style
/// <c>parameters</c> text (the prompt, then one "Key: value, …" line) that existing PNG-info readers show, and an
/// <c>easel</c> UTF-8 entry with the manifest and the revision chain, from which the picture can be made again.
/// </summary>
public static class PictureParameters
{
    public const string ParametersKeyword = "parameters";
    public const string EaselKeyword = "easel";

    /// <summary>Easel's version as the picture records it ("Easel 0.2.0").</summary>
    public static string Version { get; } = "Easel " + (typeof(PictureParameters).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    /// <param name="chain">Every revision up to and including this one, oldest first.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> For(GenerationManifest manifest, IReadOnlyList<RevisionRecord> chain) =>
    [
        new(ParametersKeyword, ParametersText(manifest)),
        // Without timings and with targets relative to the generation's folder (not its instance id), so the same
        // text and seed give the same picture on every host and after a crash and resume.
        new(EaselKeyword, JsonSerializer.Serialize(new EmbeddedParameters(manifest with { TimingsMs = new Dictionary<string, double>() },
            [.. chain.Select(r => r with { Target = ArtifactKeys.For("", r.Revision, ArtifactKeys.Target) })]), ManifestJson.Compact)),
    ];

    /// <summary>Reads the embedded parameters back; null when the PNG carries no Easel entry.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PNG, or the entry is not valid.</exception>
    public static EmbeddedParameters? Read(ReadOnlySpan<byte> png)
    {
        var entry = PngTextChunks.Read(png).FirstOrDefault(e => e.Key == EaselKeyword);
        if (entry.Value is null) return null;
        try
        {
            return JsonSerializer.Deserialize<EmbeddedParameters>(entry.Value, ManifestJson.Compact)
                ?? throw new InvalidDataException("The picture's Easel entry is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The picture's Easel entry is not valid: {e.Message}");
        }
    }

    /// <summary>"prompt\nSeed: 7, Size: 512x512, Style: …" in the form PNG-info readers parse.</summary>
    public static string ParametersText(GenerationManifest manifest)
    {
        var fields = new List<(string Key, string Value)>
        {
            ("Seed", manifest.Seed.ToString(CultureInfo.InvariantCulture)),
            ("Size", $"{manifest.Width}x{manifest.Height}"),
            ("Style", manifest.Style.Name),
            ("Stylizer", manifest.Stylizer),
            ("Model hash", manifest.StylizerDetails.TryGetValue("modelSha256", out var sha) && sha.Length >= 10 ? sha[..10] : "none"),
        };
        if (manifest.Revision > 0)
        {
            fields.Add(("Revision", manifest.Revision.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("Comment", manifest.RevisionText ?? ""));
        }
        fields.Add(("Version", Version));
        return manifest.Prompt.ReplaceLineEndings(" ") + "\n" + string.Join(", ", fields.Select(f => $"{f.Key}: {Quote(f.Value)}"));
    }

    /// <summary>Values with a comma, colon or quote are quoted as AUTOMATIC1111 writes them.</summary>
    private static string Quote(string value) =>
        value.IndexOfAny([',', ':', '"', '\n']) < 0 ? value : JsonSerializer.Serialize(value.ReplaceLineEndings(" "), ManifestJson.Compact);
}

/// <summary>The <c>easel</c> entry of a picture: its manifest (without timings, so same input => same file) and the
/// revisions that led to it.</summary>
public sealed record EmbeddedParameters(GenerationManifest Manifest, IReadOnlyList<RevisionRecord> Revisions);

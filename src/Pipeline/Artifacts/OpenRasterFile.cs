using System.IO.Compression;
using System.Security;
using System.Text;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Artifacts;

/// <summary>
/// A revision as an OpenRaster file (.ora, the layered format Krita, GIMP and MyPaint open): the background, one
/// layer per drawn copy of each foreground element at its box, and the painting (target) as a hidden top layer;
/// <c>mergedimage.png</c> is the merged picture and <c>Thumbnails/thumbnail.png</c> a small copy. Built from the
/// revision's stored artifacts and manifest, so any revision of any generation can be exported.
/// </summary>
public static class OpenRasterFile
{
    public const string Name = "layers.ora";

    /// <exception cref="ArtifactNotFoundException">The revision's manifest or one of its images is not stored.</exception>
    /// <param name="candidate">The candidate folder (<c>r{K}/c{J}/</c>) when the revision painted several; null for its own folder.</param>
    public static async Task<byte[]> BuildAsync(IArtifactStore store, string prefix, int revision, CancellationToken cancellationToken = default, int? candidate = null)
    {
        string Key(string artifact) => ArtifactKeys.For(prefix, revision, candidate, artifact);
        var manifest = ManifestJson.Deserialize(await store.ReadAsync(Key(ArtifactKeys.Manifest), cancellationToken));
        var layers = new List<(string Name, string File, int X, int Y, byte[] Png, bool Visible)>
        {
            ("painting", "data/painting.png", 0, 0, await store.ReadAsync(Key(ArtifactKeys.Target), cancellationToken), false),
        };

        // The stack lists layers top first: nearer copies (lower contact line) above further ones, as the merge painted them.
        var copies = manifest.Elements
            .Where(e => e.Role == ElementRole.Foreground && e.Boxes is not null && !manifest.Missing.Contains(e.Name))
            .SelectMany(e => e.Boxes!.Select((box, i) => (Element: e, Box: box, Index: i)))
            .OrderByDescending(c => c.Box[1] + c.Box[3]).ThenByDescending(c => c.Element.Name, StringComparer.Ordinal).ThenByDescending(c => c.Index)
            .ToList();
        var sprites = new Dictionary<string, Image<Rgba32>>();
        try
        {
            foreach (var (element, box, index) in copies)
            {
                if (!sprites.TryGetValue(element.Name, out var sprite))
                    sprites[element.Name] = sprite = Image.Load<Rgba32>(await store.ReadAsync(Key(ArtifactKeys.Foreground(element.Name)), cancellationToken));
                using var copy = sprite.Clone(c =>
                {
                    c.Resize(Math.Max(1, box[2]), Math.Max(1, box[3]));
                    if (element.Mirrored is { } mirrored && index < mirrored.Count && mirrored[index]) c.Flip(FlipMode.Horizontal);
                });
                var name = element.Boxes!.Count == 1 ? element.Name : $"{element.Name} {index + 1}";
                layers.Add((name, $"data/{element.Name.Replace(' ', '-')}-{index + 1}.png", box[0], box[1], ImageArtifacts.EncodePng(copy), true));
            }
        }
        finally
        {
            foreach (var sprite in sprites.Values) sprite.Dispose();
        }
        layers.Add(("background", "data/background.png", 0, 0, await store.ReadAsync(Key(ArtifactKeys.Background), cancellationToken), true));

        var merged = await store.ReadAsync(Key(ArtifactKeys.Merged), cancellationToken);
        using var thumbnail = Image.Load<Rgba32>(merged);
        var scale = Math.Min(1, 256.0 / Math.Max(thumbnail.Width, thumbnail.Height));
        thumbnail.Mutate(c => c.Resize(Math.Max(1, (int)(thumbnail.Width * scale)), Math.Max(1, (int)(thumbnail.Height * scale))));

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The spec: "mimetype" first, stored (not compressed), so the file type can be read at a fixed offset.
            await Write(zip, "mimetype", "image/openraster"u8.ToArray(), CompressionLevel.NoCompression);
            await Write(zip, "stack.xml", StackXml(manifest.Width, manifest.Height, layers.Select(l => (l.Name, l.File, l.X, l.Y, l.Visible))), CompressionLevel.Optimal);
            foreach (var layer in layers) await Write(zip, layer.File, layer.Png, CompressionLevel.NoCompression);
            await Write(zip, "mergedimage.png", merged, CompressionLevel.NoCompression);
            await Write(zip, "Thumbnails/thumbnail.png", ImageArtifacts.EncodePng(thumbnail), CompressionLevel.NoCompression);
        }
        return output.ToArray();
    }

    private static byte[] StackXml(int width, int height, IEnumerable<(string Name, string File, int X, int Y, bool Visible)> layers)
    {
        var xml = new StringBuilder();
        xml.Append($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<image version=\"0.0.5\" w=\"{width}\" h=\"{height}\">\n  <stack>\n");
        foreach (var (name, file, x, y, visible) in layers)
            xml.Append($"    <layer name=\"{SecurityElement.Escape(name)}\" src=\"{SecurityElement.Escape(file)}\" x=\"{x}\" y=\"{y}\" opacity=\"1.0\" visibility=\"{(visible ? "visible" : "hidden")}\" />\n");
        xml.Append("  </stack>\n</image>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static async Task Write(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        // A fixed timestamp: the same revision always exports to the same bytes.
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var stream = entry.Open();
        await stream.WriteAsync(bytes);
    }
}

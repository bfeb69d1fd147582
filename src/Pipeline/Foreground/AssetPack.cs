using System.Collections.Concurrent;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>
/// The element images beside the assembly: hand-made drawings (<c>drawings/&lt;name&gt;.svg</c>, whole figures where
/// emoji has only a head or nothing), emoji glyphs (<c>glyphs/&lt;name&gt;.svg</c>, from tools/ImportEmoji), and plain
/// <c>&lt;name&gt;.svg</c> / <c>&lt;name&gt;.png</c> files in the folder itself (test packs). The first that exists wins.
/// </summary>
public sealed class AssetPack(string directory)
{
    /// <summary>The side at which <see cref="Load(string)"/> renders a vector image.</summary>
    public const int DefaultSize = 256;

    /// <summary>How many bytes of rendered vector images the pack keeps (about 16 images at 1024²).</summary>
    private const long CacheBytes = 64L << 20;

    // Rendering an SVG glyph costs more than compositing it, and every generation renders each of its elements
    // twice (compose at DefaultSize, foreground at the layout's size), so rendered images are kept per process,
    // keyed by file and size. Only a memo of a pure function: the same file and size always give the same pixels.
    // Pixels are kept as plain arrays (not images, which hold pooled memory and would want disposing).
    private readonly ConcurrentDictionary<(string Path, int Size), Rgba32[]> _rendered = new();
    private long _renderedBytes;

    public static AssetPack Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "assets"));

    public bool Has(string element) => PathOf(element) is not null;

    /// <summary>Where the element's image comes from ("drawings", "glyphs", or the folder itself), or null when there is none.</summary>
    public string? SourceOf(string element) => PathOf(element) is { } path ? Path.GetFileName(Path.GetDirectoryName(path)) : null;

    /// <summary>The element's image at <see cref="DefaultSize"/>, or null when the pack has none.</summary>
    public Image<Rgba32>? Load(string element) => Load(element, DefaultSize);

    /// <summary>The element's image, vector images rendered as a <paramref name="size"/>-pixel square; raster images as stored.</summary>
    public Image<Rgba32>? Load(string element, int size)
    {
        var path = PathOf(element);
        if (path is null) return null;
        if (!path.EndsWith(".svg", StringComparison.Ordinal)) return Image.Load<Rgba32>(path);
        if (_rendered.TryGetValue((path, size), out var cached)) return Image.LoadPixelData<Rgba32>(cached, size, size);
        var image = SvgRasterizer.Render(File.ReadAllText(path), size);
        var pixels = new Rgba32[size * size];
        image.CopyPixelDataTo(pixels);
        var bytes = 4L * size * size;
        if (Interlocked.Add(ref _renderedBytes, bytes) > CacheBytes)
        {
            // Full: start again rather than track recency; a generation's few elements fit many times over.
            _rendered.Clear();
            Interlocked.Exchange(ref _renderedBytes, bytes);
        }
        // Callers own (and may recolour or dispose) what they get, so the cache keeps its own copy.
        if (!_rendered.TryAdd((path, size), pixels)) Interlocked.Add(ref _renderedBytes, -bytes);
        return image;
    }

    private string? PathOf(string element)
    {
        // Element names are plain words; anything with a path separator is no element.
        if (element.Length == 0 || element.IndexOfAny(['/', '\\']) >= 0 || element.Contains("..", StringComparison.Ordinal)) return null;
        string[] candidates =
        [
            Path.Combine(directory, "drawings", element + ".svg"),
            Path.Combine(directory, "glyphs", element + ".svg"),
            Path.Combine(directory, element + ".svg"),
            Path.Combine(directory, element + ".png"),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }
}

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
        return path.EndsWith(".svg", StringComparison.Ordinal)
            ? SvgRasterizer.Render(File.ReadAllText(path), size)
            : Image.Load<Rgba32>(path);
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

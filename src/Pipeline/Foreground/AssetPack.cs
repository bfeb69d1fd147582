using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>The committed Fluent Emoji 3D images (RGBA PNG, from tools/ImportEmoji), one per foreground element name.</summary>
public sealed class AssetPack(string directory)
{
    public static AssetPack Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "assets", "emoji"));

    public bool Has(string element) => File.Exists(PathOf(element));

    /// <summary>The element's image, or null when the pack has none.</summary>
    public Image<Rgba32>? Load(string element) => Has(element) ? Image.Load<Rgba32>(PathOf(element)) : null;

    private string PathOf(string element) => Path.Combine(directory, element + ".png");
}

using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Merge;

/// <summary>Places the foreground images onto the background where the layout says.</summary>
public sealed class Merger
{
    /// <param name="foregrounds">Element name -> its image (any size; scaled to each placement).</param>
    public Image<Rgba32> Merge(Image<Rgba32> background, SceneLayout layout, IReadOnlyDictionary<string, Image<Rgba32>> foregrounds, SceneDescription scene)
    {
        var merged = background.Clone();
        foreach (var p in layout.Placements.OrderBy(p => p.Depth))
        {
            if (!foregrounds.TryGetValue(p.Element, out var sprite)) continue;
            using var scaled = sprite.Clone(c => c.Resize(p.Width, p.Height));
            merged.Mutate(c => c.DrawImage(scaled, new Point(p.X, p.Y), 1f));
        }
        return merged;
    }
}

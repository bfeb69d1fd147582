using Easel.Pipeline.Foreground;
using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Renders the scenery procedurally and draws every foreground element into it, far to near; the region map
/// marks the pixels each element covers (alpha above one half, dilated by a couple of pixels so the
/// anti-aliased rim is inside it). Elements without an asset are not drawn (the manifest reports them).
/// </summary>
public sealed class InitialRenderer(AssetPack assets)
{
    public InitialImage Render(SceneDescription scene, SceneLayout layout, int seed)
    {
        var context = SceneryRenderer.Paint(scene, layout, seed);
        var canvas = context.Canvas;
        var names = scene.Foreground.Select(e => e.Name).Distinct().ToList();
        var labels = new int[layout.Width * layout.Height];
        var tint = Rgb.Lerp(Rgb.White, context.Atmosphere.SpriteTint, 0.6f);
        var cache = new Dictionary<string, Image<Rgba32>?>();
        try
        {
            foreach (var p in layout.Placements.OrderBy(p => p.Depth))
            {
                if (!cache.TryGetValue(p.Element, out var source)) cache[p.Element] = source = assets.Load(p.Element);
                if (source is null) continue;
                var label = names.IndexOf(p.Element) + 1;
                var sprite = SpriteBitmap.From(source, p.Width, p.Height, p.Mirrored);
                Draw(canvas, labels, sprite, p.X, p.Y, label, tint);
            }
        }
        finally
        {
            foreach (var image in cache.Values) image?.Dispose();
        }

        var radius = Math.Max(2, Math.Min(layout.Width, layout.Height) / 256);
        labels = Dilate(labels, layout.Width, layout.Height, radius);
        return new InitialImage(canvas.ToImage(), RegionImage(labels, layout.Width, layout.Height));
    }

    private static void Draw(RgbPlanes canvas, int[] labels, SpriteBitmap sprite, int left, int top, int label, Rgb tint)
    {
        for (var sy = 0; sy < sprite.Height; sy++)
        {
            var y = top + sy;
            if ((uint)y >= (uint)canvas.Height) continue;
            for (var sx = 0; sx < sprite.Width; sx++)
            {
                var x = left + sx;
                if ((uint)x >= (uint)canvas.Width) continue;
                var alpha = sprite.Alpha(sx, sy);
                if (alpha <= 0) continue;
                canvas.Blend(x, y, sprite.Color(sx, sy) * tint, alpha);
                if (alpha > 0.5f) labels[y * canvas.Width + x] = label;
            }
        }
    }

    /// <summary>Grows every labelled area by <paramref name="radius"/> pixels (a square neighbourhood) into unlabelled pixels.</summary>
    internal static int[] Dilate(int[] labels, int width, int height, int radius)
    {
        var horizontal = new int[labels.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                var v = labels[i];
                for (var k = 1; v == 0 && k <= radius; k++)
                {
                    if (x - k >= 0 && labels[i - k] != 0) v = labels[i - k];
                    else if (x + k < width && labels[i + k] != 0) v = labels[i + k];
                }
                horizontal[i] = v;
            }
        var result = new int[labels.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                var v = horizontal[i];
                for (var k = 1; v == 0 && k <= radius; k++)
                {
                    if (y - k >= 0 && horizontal[i - k * width] != 0) v = horizontal[i - k * width];
                    else if (y + k < height && horizontal[i + k * width] != 0) v = horizontal[i + k * width];
                }
                result[i] = v;
            }
        return result;
    }

    private static Image<Rgba32> RegionImage(int[] labels, int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var label = labels[y * width + x];
                    row[x] = label == 0 ? RegionPalette.Background : RegionPalette.For(label - 1);
                }
            }
        });
        return image;
    }
}

using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.TestHelpers;

/// <summary>
/// A small believable merged picture for style tests, drawn in code so tests need no files: a sky
/// gradient with a sun, a sea with waves below the horizon, a sailboat (hull + sail) and a dark rock.
/// </summary>
public static class SyntheticScene
{
    public static Image<Rgba32> Seascape(int size)
    {
        var image = new Image<Rgba32>(size, size);
        var horizon = size * 0.55f;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < size; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < size; x++)
                {
                    float r, g, b;
                    var u = x / (float)size;
                    var v = y / (float)size;
                    if (y < horizon)
                    {
                        var t = y / horizon;
                        (r, g, b) = (0.3f + 0.55f * t, 0.5f + 0.38f * t, 0.88f + 0.08f * t);
                        var sun = Disc(u, v, 0.72f, 0.2f, 0.07f);
                        (r, g, b) = Mix((r, g, b), (1f, 0.88f, 0.35f), sun);
                    }
                    else
                    {
                        var wave = HashNoise.Fbm(x / (size / 12f), y / (size / 80f), 5, 3);
                        (r, g, b) = (0.1f + wave * 0.12f, 0.33f + wave * 0.15f, 0.58f + wave * 0.12f);
                    }
                    // Sail: a white triangle; hull: a red band; a dark rock on the left.
                    var sail = u > 0.45f && u < 0.6f && v > 0.3f && v < 0.52f && (u - 0.45f) < (v - 0.3f) * 0.68f ? 1f : 0f;
                    (r, g, b) = Mix((r, g, b), (0.97f, 0.95f, 0.9f), sail);
                    var hull = u > 0.4f && u < 0.66f && v > 0.52f && v < 0.58f ? 1f : 0f;
                    (r, g, b) = Mix((r, g, b), (0.8f, 0.22f, 0.15f), hull);
                    var rock = Disc(u, v, 0.18f, 0.75f, 0.1f);
                    (r, g, b) = Mix((r, g, b), (0.25f, 0.2f, 0.18f), rock);
                    row[x] = new Rgba32(r, g, b, 1f);
                }
            }
        });
        return image;
    }

    private static float Disc(float u, float v, float cx, float cy, float radius)
    {
        var d = MathF.Sqrt((u - cx) * (u - cx) + (v - cy) * (v - cy));
        return ColorMath.SmoothStep(radius, radius - 0.005f, d);
    }

    private static (float, float, float) Mix((float R, float G, float B) a, (float R, float G, float B) b, float t) =>
        (a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);
}

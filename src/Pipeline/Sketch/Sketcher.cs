using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Sketch;

/// <summary>
/// Turns the merged image into line art (white paper, dark lines) with a difference of Gaussians on
/// luminance and two colour-opponent channels (so a white goose on a pale sky still gets its outline),
/// then drops small detail: weak responses, and connected line fragments below a size (texture specks).
/// </summary>
public sealed class Sketcher(SketchSettings? settings = null)
{
    private readonly SketchSettings _settings = settings ?? SketchSettings.Default;

    public Image<L8> Sketch(Image<Rgba32> merged)
    {
        var ink = Lines(RgbPlanes.FromImage(merged));
        var w = merged.Width;
        var image = new Image<L8>(w, merged.Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++) row[x] = new L8(ColorMath.ToByte(1f - 0.92f * ink[y * w + x]));
            }
        });
        return image;
    }

    /// <summary>Line ink per pixel, 0 (paper) .. 1 (full line).</summary>
    public float[] Lines(RgbPlanes source)
    {
        var w = source.Width;
        var h = source.Height;
        var n = w * h;
        var scale = Math.Min(w, h) / 512f;
        var sigma = Math.Max(0.8f, _settings.Sigma * scale);
        var luma = new float[n];
        var redGreen = new float[n];
        var yellowBlue = new float[n];
        for (var i = 0; i < n; i++)
        {
            var r = source.R[i];
            var g = source.G[i];
            var b = source.B[i];
            luma[i] = 0.299f * r + 0.587f * g + 0.114f * b;
            redGreen[i] = (r - g) * 0.9f;
            yellowBlue[i] = ((r + g) * 0.5f - b) * 0.9f;
        }
        var response = new float[n];
        Array.Fill(response, float.MinValue);
        foreach (var channel in new[] { luma, redGreen, yellowBlue })
        {
            var inner = GaussianBlur.Blur(channel, w, h, sigma);
            var outer = GaussianBlur.Blur(channel, w, h, sigma * 1.6f);
            for (var i = 0; i < n; i++)
            {
                // Dark side of an edge: the inner blur falls below the outer one.
                var d = outer[i] - inner[i];
                if (d > response[i]) response[i] = d;
            }
        }
        var ink = new float[n];
        var mask = new bool[n];
        // Low-contrast pictures (hazy, dark) get a lower threshold: the strongest few tenths of a percent of edge
        // responses always reach ink, but never below a floor that would let texture through.
        var strong = StrongResponse(response, 0.998f);
        var adapt = Math.Clamp(strong / 0.03f, 0.45f, 1f);
        var t0 = _settings.Threshold * adapt;
        var t1 = _settings.FullInk * adapt;
        for (var i = 0; i < n; i++)
        {
            var v = ColorMath.SmoothStep(t0, t1, response[i]);
            ink[i] = v;
            mask[i] = v > 0.25f;
        }
        var minPixels = (int)(_settings.MinComponentPixels * scale * scale);
        var minExtent = (int)(_settings.MinComponentExtent * scale);
        SmallComponentFilter.RemoveSmall(mask, w, h, minPixels, minExtent);
        // Keep the soft fringe of surviving lines (anti-aliasing), drop everything else.
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                if (mask[i] || ink[i] <= 0f) continue;
                var keep = false;
                for (var dy = -1; dy <= 1 && !keep; dy++)
                {
                    var yy = y + dy;
                    if (yy < 0 || yy >= h) continue;
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var xx = x + dx;
                        if (xx >= 0 && xx < w && mask[yy * w + xx]) { keep = true; break; }
                    }
                }
                if (!keep) ink[i] = 0f;
            }
        });
        return ink;
    }

    /// <summary>The response at a quantile, from a coarse histogram (no sort of the whole image).</summary>
    private static float StrongResponse(float[] response, float quantile)
    {
        const int bins = 256;
        const float top = 0.2f;
        var histogram = new int[bins];
        foreach (var r in response) histogram[Math.Clamp((int)(r / top * bins), 0, bins - 1)]++;
        var target = (int)(quantile * response.Length);
        var seen = 0;
        for (var k = 0; k < bins; k++)
        {
            seen += histogram[k];
            if (seen >= target) return (k + 1) * top / bins;
        }
        return top;
    }
}

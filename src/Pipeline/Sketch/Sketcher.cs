using Easel.Pipeline.Imaging;
using Easel.Pipeline.Merge;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Sketch;

/// <summary>
/// The line drawing a person would make of the merged image (white paper, dark lines), in three layers:
/// <list type="bullet">
/// <item>closed outlines of every foreground element, traced on its exact alpha matte (<see cref="ElementMattes"/>),
/// bolder for near and large elements;</item>
/// <item>the main inner lines of each element: Canny with hysteresis on a smoothed copy of its own pixels;</item>
/// <item>the scenery's structure (horizon, ridges, shore, tree line, buildings): Canny on a copy from which an
/// opening and closing removed every mark thinner than a few pixels (stars, ripples, grass blades, snowflakes),
/// short fragments dropped, lines bolder toward the viewer.</item>
/// </list>
/// Without mattes (a bare image) the scenery layer covers the whole picture. When the sketch model slot is
/// configured, the model's edge map replaces the first two layers' detection and the matte outlines are drawn over it.
/// </summary>
public sealed class Sketcher(SketchSettings? settings = null, SketchModel? model = null)
{
    private readonly SketchSettings _settings = settings ?? SketchSettings.Default;

    /// <summary>The model that finds the lines, or null for the built-in detector.</summary>
    public SketchModel? Model => model;

    /// <summary>The sketch as an image: paper 255, the darkest line about 8% grey.</summary>
    public Image<L8> Sketch(Image<Rgba32> merged, ElementMattes? mattes = null)
    {
        if (model is null) return ToImage(Lines(RgbPlanes.FromImage(merged), mattes));
        var canvas = new LineCanvas(merged.Width, merged.Height, model.Ink(merged));
        if (mattes is not null) DrawOutlines(canvas, mattes);
        return ToImage(canvas.Ink);
    }

    public static Image<L8> ToImage(Plane ink)
    {
        var image = new Image<L8>(ink.Width, ink.Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var source = ink.Row(y);
                for (var x = 0; x < row.Length; x++) row[x] = new L8(ColorMath.ToByte(1f - 0.92f * source[x]));
            }
        });
        return image;
    }

    /// <summary>Line ink per pixel, 0 (paper) .. 1 (full line).</summary>
    public Plane Lines(RgbPlanes source, ElementMattes? mattes = null)
    {
        if (mattes is not null && (mattes.Width != source.Width || mattes.Height != source.Height))
            throw new ArgumentException($"Mattes {mattes.Width}x{mattes.Height} do not match the image {source.Width}x{source.Height}.", nameof(mattes));
        var w = source.Width;
        var h = source.Height;
        var scale = Math.Min(w, h) / 512f;
        var canvas = new LineCanvas(w, h);
        var channels = Channels(source);
        SceneryLines(canvas, channels, mattes, scale);
        if (mattes is not null)
        {
            InnerLines(canvas, channels, mattes, scale);
            DrawOutlines(canvas, mattes);
        }
        return canvas.Ink;
    }

    /// <summary>Traces every element's matte boundary where it meets the background or a further element (the nearer one owns the line).</summary>
    public static void DrawOutlines(LineCanvas canvas, ElementMattes mattes)
    {
        var w = mattes.Width;
        var h = mattes.Height;
        var labels = mattes.Labels;
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var label = labels[i];
                if (label == 0) continue;
                var edge = (x > 0 && labels[i - 1] < label) || (x < w - 1 && labels[i + 1] < label)
                    || (y > 0 && labels[i - w] < label) || (y < h - 1 && labels[i + w] < label);
                if (edge) canvas.Stamp(x, y, mattes.Weight(label), 1f);
            }
    }

    /// <summary>Luma and two colour-opponent planes: edges between equally bright colours count too.</summary>
    private static float[][] Channels(RgbPlanes source)
    {
        var n = source.Width * source.Height;
        var luma = new float[n];
        var redGreen = new float[n];
        var yellowBlue = new float[n];
        for (var i = 0; i < n; i++)
        {
            var r = source.R[i];
            var g = source.G[i];
            var b = source.B[i];
            luma[i] = ColorMath.Luma(r, g, b);
            redGreen[i] = (r - g) * 0.7f;
            yellowBlue[i] = ((r + g) * 0.5f - b) * 0.7f;
        }
        return [luma, redGreen, yellowBlue];
    }

    private void SceneryLines(LineCanvas canvas, float[][] channels, ElementMattes? mattes, float scale)
    {
        var w = canvas.Width;
        var h = canvas.Height;
        // Texture nearer the viewer (lower in the picture) is coarser: the window grows to 2.2x toward the bottom.
        // The opening and closing run at half resolution (a quarter of the work; structure is coarse by definition)
        // and come back up bilinearly before the smoothing, so the edges keep their full-resolution position.
        var (hw, hh) = ((w + 1) / 2, (h + 1) / 2);
        var radii = new int[hh];
        for (var y = 0; y < hh; y++)
            radii[y] = Math.Max(1, (int)MathF.Round(0.5f * _settings.TextureRadius * scale * (1f + 1.2f * ColorMath.SmoothStep(0.4f, 1f, y / (float)hh))));
        var sigma = Math.Max(0.8f, _settings.SceneSigma * scale);
        var smooth = new float[channels.Length][];
        Parallel.For(0, channels.Length, c =>
        {
            var half = Resampling.Halve(channels[c], w, h);
            Morphology.OpenClose(half, hw, hh, radii);
            var plane = Resampling.Double(half, hw, hh, w, h);
            GaussianBlur.Apply(plane, plane, w, h, sigma);
            smooth[c] = plane;
        });
        // Scenery edges stay off the elements (and a small margin round them: their outline is drawn from the matte).
        var allowed = mattes is null ? null : Background(mattes, Math.Max(2, (int)MathF.Round(3 * scale)));
        var high = _settings.SceneHigh;
        var edges = CannyEdges.Detect(smooth, w, h, allowed, 0.4f * high, high, adaptive: true);

        var minLength = Math.Max(8, (int)(_settings.SceneMinLength * scale));
        var mask = new bool[edges.Length];
        for (var i = 0; i < mask.Length; i++) mask[i] = edges[i] > 0;
        var (length, extent) = SmallComponentFilter.Measure(mask, w, h);
        for (var y = 0; y < h; y++)
        {
            // Depth: lower in the picture is nearer, so bolder.
            var near = y / (float)h;
            var width = scale * (0.9f + 1.0f * near);
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var m = edges[i];
                if (m <= 0 || length[i] < minLength || extent[i] < minLength * 2 / 3) continue;
                // Importance: strong and long lines (horizon, ridges, shores) dark; short, soft ones (cloud rims) faint.
                var strength = ColorMath.SmoothStep(0.4f * high, 3f * high, m);
                var span = ColorMath.SmoothStep(minLength, 3f * minLength, extent[i]);
                canvas.Stamp(x, y, width, 0.3f + 0.35f * strength + 0.3f * span);
            }
        }
    }

    private void InnerLines(LineCanvas canvas, float[][] channels, ElementMattes mattes, float scale)
    {
        var w = canvas.Width;
        var h = canvas.Height;
        var interior = Interior(mattes, Math.Max(2, (int)MathF.Round(2.5f * scale)));
        // Work in the window around the elements only: figures are usually a small part of the picture.
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (var i = 0; i < interior.Length; i++)
        {
            if (!interior[i]) continue;
            int x = i % w, y = i / w;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            if (y > y1) y1 = y;
        }
        if (x1 < 0) return;
        var pad = (int)MathF.Ceiling(4 * _settings.InnerSigma * scale) + 2;
        x0 = Math.Max(0, x0 - pad);
        y0 = Math.Max(0, y0 - pad);
        x1 = Math.Min(w - 1, x1 + pad);
        y1 = Math.Min(h - 1, y1 + pad);
        var (ww, wh) = (x1 - x0 + 1, y1 - y0 + 1);
        var sigma = Math.Max(0.7f, _settings.InnerSigma * scale);
        var smooth = new float[channels.Length][];
        Parallel.For(0, channels.Length, c =>
        {
            var window = Crop(channels[c], w, x0, y0, ww, wh);
            GaussianBlur.Apply(window, window, ww, wh, sigma);
            smooth[c] = window;
        });
        var allowed = new bool[ww * wh];
        for (var y = 0; y < wh; y++) Array.Copy(interior, (y + y0) * w + x0, allowed, y * ww, ww);
        var high = _settings.InnerHigh;
        var edges = CannyEdges.Detect(smooth, ww, wh, allowed, 0.4f * high, high);
        var minLength = Math.Max(5, (int)(_settings.InnerMinLength * scale));
        Keep(edges, ww, wh, minLength, minLength * 2 / 3);
        for (var k = 0; k < edges.Length; k++)
        {
            var m = edges[k];
            if (m <= 0) continue;
            int x = x0 + k % ww, y = y0 + k / ww;
            var importance = ColorMath.SmoothStep(0.4f * high, 3f * high, m);
            canvas.Stamp(x, y, 0.55f * mattes.Weight(mattes.Labels[y * w + x]), 0.5f + 0.4f * importance);
        }
    }

    private static float[] Crop(float[] plane, int width, int x0, int y0, int w, int h)
    {
        var window = new float[w * h];
        for (var y = 0; y < h; y++) Array.Copy(plane, (y + y0) * width + x0, window, y * w, w);
        return window;
    }

    /// <summary>Drops edge fragments shorter than the given length (pixels) or extent: the small-detail removal.</summary>
    private static void Keep(float[] edges, int w, int h, int minPixels, int minExtent)
    {
        var mask = new bool[edges.Length];
        for (var i = 0; i < mask.Length; i++) mask[i] = edges[i] > 0;
        SmallComponentFilter.RemoveSmall(mask, w, h, minPixels, minExtent);
        for (var i = 0; i < mask.Length; i++) if (!mask[i]) edges[i] = 0;
    }

    /// <summary>Background pixels at least <paramref name="margin"/> px from any element.</summary>
    private static bool[] Background(ElementMattes mattes, int margin)
    {
        var covered = new bool[mattes.Labels.Length];
        for (var i = 0; i < covered.Length; i++) covered[i] = mattes.Labels[i] != 0;
        var grown = Grow(covered, mattes.Width, mattes.Height, margin);
        for (var i = 0; i < grown.Length; i++) grown[i] = !grown[i];
        return grown;
    }

    /// <summary>Element pixels whose whole neighbourhood of <paramref name="margin"/> px belongs to the same element.</summary>
    private static bool[] Interior(ElementMattes mattes, int margin)
    {
        var w = mattes.Width;
        var h = mattes.Height;
        var labels = mattes.Labels;
        var boundary = new bool[labels.Length];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var l = labels[i];
                boundary[i] = (x > 0 && labels[i - 1] != l) || (x < w - 1 && labels[i + 1] != l) || (y > 0 && labels[i - w] != l) || (y < h - 1 && labels[i + w] != l);
            }
        var near = Grow(boundary, w, h, margin);
        var interior = new bool[labels.Length];
        for (var i = 0; i < interior.Length; i++) interior[i] = labels[i] != 0 && !near[i];
        return interior;
    }

    /// <summary>Dilates a mask by a square of the given radius (separable).</summary>
    private static bool[] Grow(bool[] mask, int w, int h, int radius)
    {
        var across = new bool[mask.Length];
        for (var y = 0; y < h; y++)
        {
            var last = int.MinValue / 2;
            for (var x = 0; x < w; x++) { if (mask[y * w + x]) last = x; across[y * w + x] = x - last <= radius; }
            last = int.MaxValue / 2;
            for (var x = w - 1; x >= 0; x--) { if (mask[y * w + x]) last = x; if (last - x <= radius) across[y * w + x] = true; }
        }
        var result = new bool[mask.Length];
        for (var x = 0; x < w; x++)
        {
            var last = int.MinValue / 2;
            for (var y = 0; y < h; y++) { if (across[y * w + x]) last = y; result[y * w + x] = y - last <= radius; }
            last = int.MaxValue / 2;
            for (var y = h - 1; y >= 0; y--) { if (across[y * w + x]) last = y; if (last - y <= radius) result[y * w + x] = true; }
        }
        return result;
    }
}

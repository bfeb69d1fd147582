using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Background;

/// <summary>
/// Fills the masked pixels of an image so that they continue their surroundings: structure from a multi-scale
/// (push-pull pyramid) diffusion guided along the rows, texture by transferring high-frequency detail from the
/// known pixels mirrored across the hole's edges.
/// </summary>
/// <remarks>
/// Our scenery is made of horizontal bands (sky over hills over grass or sea), so a hole is filled row by row: the
/// smooth part of each row is interpolated between the hole's left and right edges (which keeps the horizon and
/// every band edge straight and sharp), blended with the isotropic pyramid fill where a row gives little support;
/// then the detail (pixel minus its local mean) of the pixels mirrored across the nearer edges is added back, so
/// grass stays grassy and waves stay wavy instead of a smooth blob. When the inpaint model slot is configured, the
/// model (<see cref="InpaintModel"/>) fills the same grown hole instead.
/// </remarks>
public sealed class Inpainter(InpaintModel? model = null)
{
    /// <summary>The model that fills holes, or null for the built-in inpainter.</summary>
    public InpaintModel? Model => model;

    /// <param name="dilation">Pixels the mask grows by first, so anti-aliased sprite rims are replaced too.</param>
    public Image<Rgba32> Inpaint(Image<Rgba32> image, Image<L8> mask, int dilation = 3)
    {
        var width = image.Width;
        var height = image.Height;
        var canvas = RgbPlanes.FromImage(image);
        var hole = Grow(ReadMask(mask), width, height, dilation);
        if (!Bounds(hole, width, height, out var minX, out var minY, out var maxX, out var maxY)) return image.Clone();
        if (model is not null)
        {
            using var holeImage = new Image<L8>(width, height);
            for (var i = 0; i < hole.Length; i++) if (hole[i]) holeImage[i % width, i / width] = new L8(255);
            return model.Inpaint(image, holeImage);
        }

        // Work on a window around the holes: wide enough for the row mirroring, tall enough for the pyramid.
        var spanX = maxX - minX + 1;
        var spanY = maxY - minY + 1;
        var x0 = Math.Max(0, minX - 2 * spanX - 16);
        var x1 = Math.Min(width - 1, maxX + 2 * spanX + 16);
        var y0 = Math.Max(0, minY - spanY / 2 - 8);
        var y1 = Math.Min(height - 1, maxY + spanY / 2 + 8);
        var w = x1 - x0 + 1;
        var h = y1 - y0 + 1;
        var window = canvas.Crop(x0, y0, w, h);
        var windowHole = new bool[w * h];
        for (var y = 0; y < h; y++) Array.Copy(hole, (y + y0) * width + x0, windowHole, y * w, w);

        var pyramid = PushPull(window, windowHole, w, h);
        var detail = Detail(window, windowHole, w, h, Math.Max(2, Math.Min(width, height) / 128));
        // Fill along rows and along columns; each pixel trusts the direction whose two edges agree better
        // (a horizon crossing a hole agrees along rows, a river bank running down through it along columns).
        var result = window.Clone();
        var rowTrust = new float[w * h];
        Parallel.For(0, h, y => FillRow(window, windowHole, pyramid, detail, result, rowTrust, y));
        var windowT = Transpose(window);
        var holeT = Transpose(windowHole, w, h);
        var pyramidT = Transpose(pyramid);
        var detailT = Transpose(detail);
        var resultT = windowT.Clone();
        var columnTrust = new float[w * h];
        Parallel.For(0, w, x => FillRow(windowT, holeT, pyramidT, detailT, resultT, columnTrust, x));
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                if (!windowHole[i]) continue;
                var a = rowTrust[i];
                var b = columnTrust[x * h + y];
                // Squared, so the better-supported direction clearly wins and the two fills do not ghost.
                var mix = b * b / (a * a + b * b);
                result.Set(x, y, Rgb.Lerp(result.Get(x, y), resultT.Get(y, x), mix));
            }
        });
        SmoothVertically(result, windowHole, w, h);
        canvas.Paste(result, x0, y0);
        return canvas.ToImage();
    }

    private static bool Bounds(bool[] hole, int width, int height, out int minX, out int minY, out int maxX, out int maxY)
    {
        minX = width; minY = height; maxX = -1; maxY = -1;
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                if (!hole[y * width + x]) continue;
                if (x < minX) minX = x;
                if (x > maxX) maxX = x;
                if (y < minY) minY = y;
                if (y > maxY) maxY = y;
            }
        return maxX >= 0;
    }

    private static bool[] ReadMask(Image<L8> mask)
    {
        var hole = new bool[mask.Width * mask.Height];
        mask.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++) hole[y * rows.Width + x] = row[x].PackedValue > 127;
            }
        });
        return hole;
    }

    internal static bool[] Grow(bool[] hole, int width, int height, int radius)
    {
        if (radius <= 0) return hole;
        var horizontal = new bool[hole.Length];
        for (var y = 0; y < height; y++)
        {
            var last = int.MinValue / 2;
            for (var x = 0; x < width; x++)
            {
                if (hole[y * width + x]) last = x;
                horizontal[y * width + x] = x - last <= radius;
            }
            last = int.MaxValue / 2;
            for (var x = width - 1; x >= 0; x--)
            {
                if (hole[y * width + x]) last = x;
                if (last - x <= radius) horizontal[y * width + x] = true;
            }
        }
        var grown = new bool[hole.Length];
        for (var x = 0; x < width; x++)
        {
            var last = int.MinValue / 2;
            for (var y = 0; y < height; y++)
            {
                if (horizontal[y * width + x]) last = y;
                grown[y * width + x] = y - last <= radius;
            }
            last = int.MaxValue / 2;
            for (var y = height - 1; y >= 0; y--)
            {
                if (horizontal[y * width + x]) last = y;
                if (last - y <= radius) grown[y * width + x] = true;
            }
        }
        return grown;
    }

    /// <summary>
    /// Push-pull: average the known pixels down a pyramid (each level weights by how much of it is known), then
    /// fill every unknown pixel from the coarser level upward: a smooth membrane over the hole from all sides.
    /// </summary>
    private static RgbPlanes PushPull(RgbPlanes image, bool[] hole, int width, int height)
    {
        var levels = new List<(RgbPlanes Color, float[] Weight)>();
        var color = new RgbPlanes(width, height);
        var weight = new float[width * height];
        for (var i = 0; i < width * height; i++)
        {
            if (hole[i]) continue;
            weight[i] = 1;
            color.R[i] = image.R[i];
            color.G[i] = image.G[i];
            color.B[i] = image.B[i];
        }
        levels.Add((color, weight));
        while (levels[^1].Color.Width > 1 || levels[^1].Color.Height > 1)
        {
            var (c, wgt) = levels[^1];
            var (w, h) = (c.Width, c.Height);
            var nw = (w + 1) / 2;
            var nh = (h + 1) / 2;
            var nc = new RgbPlanes(nw, nh);
            var nwgt = new float[nw * nh];
            for (var y = 0; y < h; y++)
                for (var x = 0; x < w; x++)
                {
                    var s = y * w + x;
                    var t = (y / 2) * nw + x / 2;
                    nwgt[t] += wgt[s];
                    nc.R[t] += c.R[s] * wgt[s];
                    nc.G[t] += c.G[s] * wgt[s];
                    nc.B[t] += c.B[s] * wgt[s];
                }
            for (var t = 0; t < nw * nh; t++)
            {
                if (nwgt[t] <= 0) continue;
                nc.R[t] /= nwgt[t];
                nc.G[t] /= nwgt[t];
                nc.B[t] /= nwgt[t];
                nwgt[t] = Math.Min(1, nwgt[t]);
            }
            levels.Add((nc, nwgt));
        }
        // Pull: blend each level with the upsampled coarser one where its own weight is short of 1.
        for (var l = levels.Count - 2; l >= 0; l--)
        {
            var (c, wgt) = levels[l];
            var (w, h) = (c.Width, c.Height);
            var cc = levels[l + 1].Color;
            var (cw, ch) = (cc.Width, cc.Height);
            for (var y = 0; y < h; y++)
                for (var x = 0; x < w; x++)
                {
                    var i = y * w + x;
                    if (wgt[i] >= 1) continue;
                    // Bilinear upsample of the coarser level.
                    var fx = Math.Clamp((x + 0.5f) / 2 - 0.5f, 0, cw - 1);
                    var fy = Math.Clamp((y + 0.5f) / 2 - 0.5f, 0, ch - 1);
                    var x0 = (int)fx; var y0 = (int)fy;
                    var x1 = Math.Min(cw - 1, x0 + 1); var y1 = Math.Min(ch - 1, y0 + 1);
                    var tx = fx - x0; var ty = fy - y0;
                    var k = wgt[i];
                    Pull(c.R, cc.R);
                    Pull(c.G, cc.G);
                    Pull(c.B, cc.B);

                    void Pull(float[] fine, float[] coarse)
                    {
                        var top = coarse[y0 * cw + x0] * (1 - tx) + coarse[y0 * cw + x1] * tx;
                        var bottom = coarse[y1 * cw + x0] * (1 - tx) + coarse[y1 * cw + x1] * tx;
                        var up = top * (1 - ty) + bottom * ty;
                        fine[i] = fine[i] * k + up * (1 - k);
                    }
                    wgt[i] = 1;
                }
        }
        return levels[0].Color;
    }

    /// <summary>Each known pixel minus the mean of the known pixels around it (a box of the given radius): its texture.</summary>
    private static RgbPlanes Detail(RgbPlanes image, bool[] hole, int width, int height, int radius)
    {
        // Summed-area tables of colour and of "known" let every box mean ignore the hole.
        var stride = width + 1;
        var sum = new double[(height + 1) * stride * 3];
        float[][] colour = [image.R, image.G, image.B];
        var count = new int[(height + 1) * stride];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                var known = hole[i] ? 0 : 1;
                var s = (y + 1) * stride + x + 1;
                count[s] = known + count[s - 1] + count[s - stride] - count[s - stride - 1];
                for (var c = 0; c < 3; c++)
                    sum[s * 3 + c] = known * colour[c][i] + sum[(s - 1) * 3 + c] + sum[(s - stride) * 3 + c] - sum[(s - stride - 1) * 3 + c];
            }
        var detail = new RgbPlanes(width, height);
        float[][] texture = [detail.R, detail.G, detail.B];
        Parallel.For(0, height, y =>
        {
            var y0 = Math.Max(0, y - radius);
            var y1 = Math.Min(height, y + radius + 1);
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (hole[i]) continue;
                var x0 = Math.Max(0, x - radius);
                var x1 = Math.Min(width, x + radius + 1);
                int a = y0 * stride + x0, b = y0 * stride + x1, c0 = y1 * stride + x0, d = y1 * stride + x1;
                var n = count[d] - count[b] - count[c0] + count[a];
                if (n <= 0) continue;
                for (var c = 0; c < 3; c++)
                {
                    var mean = (sum[d * 3 + c] - sum[b * 3 + c] - sum[c0 * 3 + c] + sum[a * 3 + c]) / n;
                    texture[c][i] = colour[c][i] - (float)mean;
                }
            }
        });
        return detail;
    }

    private static RgbPlanes Transpose(RgbPlanes source)
    {
        var t = new RgbPlanes(source.Height, source.Width);
        Transpose(source.R, t.R, source.Width, source.Height);
        Transpose(source.G, t.G, source.Width, source.Height);
        Transpose(source.B, t.B, source.Width, source.Height);
        return t;
    }

    private static bool[] Transpose(bool[] source, int width, int height)
    {
        var t = new bool[source.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                t[x * height + y] = source[y * width + x];
        return t;
    }

    private static void Transpose(float[] source, float[] target, int width, int height)
    {
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                target[x * height + y] = source[y * width + x];
    }

    /// <summary>Fills the hole runs of one row; <paramref name="trust"/> gets how well the run's two edges agree.</summary>
    private static void FillRow(RgbPlanes image, bool[] hole, RgbPlanes pyramid, RgbPlanes detail, RgbPlanes result, float[] trust, int y)
    {
        var width = image.Width;
        var x = 0;
        while (x < width)
        {
            if (!hole[y * width + x]) { x++; continue; }
            var start = x;
            while (x < width && hole[y * width + x]) x++;
            var end = x - 1; // the run is [start, end]
            var length = end - start + 1;

            // The known stretches on either side, for edge colours and mirrored texture.
            var leftKnown = 0;
            while (start - 1 - leftKnown >= 0 && !hole[y * width + start - 1 - leftKnown] && leftKnown < 4 * length + 8) leftKnown++;
            var rightKnown = 0;
            while (end + 1 + rightKnown < width && !hole[y * width + end + 1 + rightKnown] && rightKnown < 4 * length + 8) rightKnown++;
            var left = leftKnown > 0 ? EdgeMean(image, detail, y, start - 1, -1, leftKnown) : (Rgb?)null;
            var right = rightKnown > 0 ? EdgeMean(image, detail, y, end + 1, 1, rightKnown) : (Rgb?)null;
            float agreement;
            if (left is { } le && right is { } ri)
            {
                var diff = le - ri;
                agreement = 1 / (diff.R * diff.R + diff.G * diff.G + diff.B * diff.B + 0.002f);
            }
            else
            {
                // One-sided (the run touches the frame): weak evidence either way.
                agreement = left is null && right is null ? 0.01f : 8f;
            }

            for (var k = start; k <= end; k++)
            {
                var t = (k - start + 0.5f) / length;
                Rgb smooth;
                var membrane = pyramid.Get(k, y);
                if (left is { } l && right is { } r) smooth = Rgb.Lerp(l, r, t);
                else smooth = left ?? right ?? membrane;
                // Short runs trust the row; long ones lean on the 2-D membrane, which also knows the rows above and below.
                var rowTrust = Math.Clamp(1.2f - length / (float)(width * 0.6f), 0.55f, 0.95f);
                smooth = Rgb.Lerp(membrane, smooth, rowTrust);

                // Texture: mirror across the nearer edges (ping-pong inside the known stretch), cross-faded with
                // variance kept (divide by the root of the summed squared weights) so the middle is not washed out.
                var dl = Rgb.Black;
                var dr = Rgb.Black;
                float wl = 0, wr = 0;
                if (leftKnown > 0)
                {
                    var src = start - 1 - PingPong(k - start, leftKnown);
                    dl = detail.Get(src, y);
                    wl = 1 - t;
                }
                if (rightKnown > 0)
                {
                    var src = end + 1 + PingPong(end - k, rightKnown);
                    dr = detail.Get(src, y);
                    wr = t;
                }
                var norm = MathF.Sqrt(wl * wl + wr * wr);
                var texture = norm > 0 ? (dl * wl + dr * wr) * (1 / norm) : Rgb.Black;
                var value = smooth + texture;
                result.Set(k, y, value);
                trust[y * width + k] = agreement;
            }
        }
    }

    /// <summary>After the rows are filled, blend each hole pixel a little with its vertical neighbours so row-to-row steps do not show as streaks.</summary>
    private static void SmoothVertically(RgbPlanes result, bool[] hole, int width, int height)
    {
        var copy = result.Clone();
        Parallel.For(1, height - 1, y =>
        {
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (!hole[i]) continue;
                var up = copy.Get(x, y - 1);
                var here = copy.Get(x, y);
                var down = copy.Get(x, y + 1);
                result.Set(x, y, here * 0.6f + (up + down) * 0.2f);
            }
        });
    }

    /// <summary>
    /// The colour at a hole's edge: the local mean (pixel minus its detail) of the first known pixels, so a single
    /// bright flower or snowflake next to the hole does not tint the whole row of the fill.
    /// </summary>
    private static Rgb EdgeMean(RgbPlanes image, RgbPlanes detail, int y, int from, int step, int available)
    {
        var n = Math.Min(available, 3);
        var sum = Rgb.Black;
        for (var i = 0; i < n; i++)
        {
            var x = from + step * i;
            sum += image.Get(x, y) - detail.Get(x, y);
        }
        return sum * (1f / n);
    }

    private static int PingPong(int offset, int span)
    {
        if (span <= 1) return 0;
        var period = 2 * (span - 1);
        var m = offset % period;
        return m < span ? m : period - m;
    }
}

using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Paints a layer of brush strokes that follow the image's structure: centres on a jittered grid, colour
/// picked from a colour source at the centre and varied (broken colour), direction from the structure tensor.
/// Strokes are grouped in horizontal bands taller than any stroke; bands 3 apart never touch the same rows,
/// so each of three phases paints its bands in parallel, every band from its own seeded Random, in a fixed
/// order: the result is identical on any number of cores. Given the sketch's ink, a stroke stops short of a
/// figure's outline (the sketch's full-strength lines), so no stroke is dragged across a figure's edge.
/// </summary>
public static class StrokeLayer
{
    public static void Paint(RgbPlanes canvas, RgbPlanes colours, StructureTensor tensor, StrokeLayerSettings s, float scale,
        int seed, Plane? weight = null, Plane? outlines = null)
    {
        var w = canvas.Width;
        var h = canvas.Height;
        var spacing = Math.Max(1.5f, s.Spacing * scale);
        var halfLength = s.HalfLength * scale;
        var halfWidth = Math.Max(0.8f, s.HalfWidth * scale);
        var reach = halfLength + halfWidth + 2;
        var bandHeight = Math.Max((int)MathF.Ceiling(reach * 2), (int)MathF.Ceiling(spacing));
        var bands = (h + bandHeight - 1) / bandHeight;
        for (var phase = 0; phase < 3; phase++)
        {
            var count = (bands - phase + 2) / 3;
            Parallel.For(0, Math.Max(count, 0), k =>
            {
                var band = phase + 3 * k;
                PaintBand(canvas, colours, tensor, s, spacing, halfLength, halfWidth, band * bandHeight, Math.Min(h, (band + 1) * bandHeight), seed + band * 7919, weight, outlines);
            });
        }
    }

    /// <summary>Sketch ink of a figure's outline (drawn at full strength; scenery and inner lines stay below).</summary>
    private const float OutlineInk = 0.97f;

    /// <summary>How far from the centre along (dx, dy) the stroke may go before it meets an outline, up to the length.</summary>
    private static float Reach(Plane outlines, int w, int h, float cx, float cy, float dx, float dy, float length)
    {
        // Half-pixel steps: an outline is at least 1.2 px wide, so none is stepped over.
        for (var t = 0.5f; t <= length; t += 0.5f)
        {
            var x = (int)(cx + dx * t);
            var y = (int)(cy + dy * t);
            if ((uint)x >= (uint)w || (uint)y >= (uint)h) return length;
            if (outlines[y * w + x] >= OutlineInk) return Math.Max(0, t - 1f);
        }
        return length;
    }

    private static void PaintBand(RgbPlanes canvas, RgbPlanes colours, StructureTensor tensor, StrokeLayerSettings s,
        float spacing, float halfLength, float halfWidth, int y0, int y1, int seed, Plane? weight, Plane? outlines)
    {
        var w = canvas.Width;
        var random = new Random(seed);
        var cols = (int)MathF.Ceiling(w / spacing);
        var rows = (int)MathF.Ceiling((y1 - y0) / spacing);
        var order = new int[cols * rows];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        random.Shuffle(order);
        foreach (var cell in order)
        {
            var cx = (cell % cols + (float)random.NextDouble()) * spacing;
            var cy = y0 + (cell / cols + (float)random.NextDouble()) * spacing;
            var r1 = (float)random.NextDouble();
            var r2 = (float)random.NextDouble();
            var r3 = (float)random.NextDouble();
            var r4 = (float)random.NextDouble();
            var r5 = (float)random.NextDouble();
            var texture = random.Next();
            if (cx >= w || cy >= y1) continue;
            var i = (int)cy * w + (int)cx;
            var chance = s.Placement * (weight is null ? 1f : weight[i]);
            if (r5 >= chance) continue;
            var tx = tensor.TangentX[i];
            var ty = tensor.TangentY[i];
            var turn = (r1 - 0.5f) * 2f * s.AngleJitter;
            var (sin, cos) = MathF.SinCos(turn);
            var dx = tx * cos - ty * sin;
            var dy = tx * sin + ty * cos;
            ColorMath.RgbToHsv(colours.R[i], colours.G[i], colours.B[i], out var hue, out var sat, out var val);
            hue += (r2 - 0.5f) * 2f * s.HueJitter;
            sat = ColorMath.Clamp01(sat * (1f + (r3 - 0.5f) * 2f * s.SaturationJitter));
            val = ColorMath.Clamp01(val + (r4 - 0.5f) * 2f * s.ValueJitter);
            ColorMath.HsvToRgb(hue, sat, val, out var r, out var g, out var b);
            // Shorter strokes where the structure is unclear, longer along clean edges.
            var length = halfLength * (0.7f + 0.5f * tensor.Coherence[i]) * (0.8f + 0.4f * r1);
            if (outlines is not null)
            {
                // Clip the stroke to the stretch between the outlines on either side of its centre.
                if (outlines[i] >= OutlineInk) continue;
                var forward = Reach(outlines, w, canvas.Height, cx, cy, dx, dy, length);
                var backward = Reach(outlines, w, canvas.Height, cx, cy, -dx, -dy, length);
                var shift = (forward - backward) * 0.5f;
                cx += dx * shift;
                cy += dy * shift;
                length = (forward + backward) * 0.5f;
                if (length < 0.5f) continue;
            }
            BrushPainter.Stroke(canvas, cx, cy, dx, dy, length, halfWidth * (0.85f + 0.3f * r2), r, g, b, s.Alpha, s.Bristles, texture);
        }
    }
}

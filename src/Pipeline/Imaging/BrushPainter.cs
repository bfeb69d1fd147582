namespace Easel.Pipeline.Imaging;

/// <summary>
/// Paints single brush marks into <see cref="RgbPlanes"/>: an oriented, tapered stroke with bristle streaks,
/// and a round dab. Marks are painted one after another (order matters), so callers paint on one thread
/// from a seeded list of marks to stay deterministic.
/// </summary>
public static class BrushPainter
{
    /// <summary>
    /// A stroke centred at (cx, cy) along the unit direction (dx, dy).
    /// </summary>
    /// <param name="bristles">0 = smooth paint, 1 = strong streaks along the stroke (dry bristles).</param>
    /// <param name="texture">Seed of the bristle pattern of this stroke.</param>
    public static void Stroke(RgbPlanes canvas, float cx, float cy, float dx, float dy, float halfLength, float halfWidth,
        float r, float g, float b, float alpha, float bristles, int texture)
    {
        var w = canvas.Width;
        var h = canvas.Height;
        var reach = halfLength + halfWidth + 1;
        var x0 = Math.Max(0, (int)(cx - reach));
        var x1 = Math.Min(w - 1, (int)(cx + reach) + 1);
        var y0 = Math.Max(0, (int)(cy - reach));
        var y1 = Math.Min(h - 1, (int)(cy + reach) + 1);
        if (x0 > x1 || y0 > y1) return;
        var R = canvas.R;
        var G = canvas.G;
        var B = canvas.B;
        var invW = 1f / halfWidth;
        var invL = 1f / (halfLength + halfWidth);
        // Bristle streaks: a few values across the brush, fixed per stroke (a table, not noise per pixel).
        const int streakCount = 8;
        Span<float> streaks = stackalloc float[streakCount + 1];
        for (var k = 0; k <= streakCount; k++) streaks[k] = HashNoise.Unit(k, 0, texture);
        var reachU = halfLength + halfWidth;
        var reachV = halfWidth + 0.7f;
        for (var y = y0; y <= y1; y++)
        {
            var py = y + 0.5f - cy;
            var o = y * w;
            // Visit only the pixels of this row inside the rotated rectangle around the stroke.
            float lo = x0 - cx, hi = x1 + 1 - cx;
            if (!Clip(dx, py * dy, reachU, ref lo, ref hi) || !Clip(-dy, py * dx, reachV, ref lo, ref hi)) continue;
            var xa = Math.Max(x0, (int)MathF.Floor(lo + cx - 0.5f));
            var xb = Math.Min(x1, (int)MathF.Ceiling(hi + cx - 0.5f));
            for (var x = xa; x <= xb; x++)
            {
                var px = x + 0.5f - cx;
                var u = px * dx + py * dy;       // along
                var v = -px * dy + py * dx;      // across
                var au = MathF.Abs(u);
                // Taper: the brush is narrower towards the ends.
                var along = au * invL;
                if (along >= 1f) continue;
                var width = halfWidth * (1f - 0.45f * along * along);
                var av = MathF.Abs(v);
                if (av >= width + 0.7f) continue;
                var cover = Math.Clamp(width + 0.5f - av, 0f, 1f) * Math.Clamp((1f - along) * (halfLength + halfWidth) * 0.8f, 0f, 1f);
                if (cover <= 0f) continue;
                var shade = 1f;
                if (bristles > 0f)
                {
                    var across = Math.Clamp((v * invW * 0.5f + 0.5f) * streakCount, 0f, streakCount - 0.001f);
                    var k = (int)across;
                    var streak = streaks[k] + (streaks[k + 1] - streaks[k]) * (across - k);
                    shade = 1f + (streak - 0.5f) * 0.5f * bristles;
                    // Dry end: paint runs out towards the tail (u > 0 side), breaking into streaks.
                    var dry = Math.Clamp((u * invL - 0.3f) * 1.6f, 0f, 1f) * bristles;
                    if (streak < dry * 0.8f) cover *= 0.15f;
                }
                var a = cover * alpha;
                var i = o + x;
                R[i] += (Math.Clamp(r * shade, 0f, 1f) - R[i]) * a;
                G[i] += (Math.Clamp(g * shade, 0f, 1f) - G[i]) * a;
                B[i] += (Math.Clamp(b * shade, 0f, 1f) - B[i]) * a;
            }
        }
    }

    /// <summary>Narrows [lo, hi] to the px with |px * k + c| &lt;= reach; false when empty.</summary>
    private static bool Clip(float k, float c, float reach, ref float lo, ref float hi)
    {
        if (MathF.Abs(k) < 1e-4f) return MathF.Abs(c) <= reach;
        var a = (-reach - c) / k;
        var b = (reach - c) / k;
        if (a > b) (a, b) = (b, a);
        lo = MathF.Max(lo, a);
        hi = MathF.Min(hi, b);
        return lo <= hi;
    }

    /// <summary>A round dab with a soft one-pixel edge.</summary>
    public static void Dab(RgbPlanes canvas, float cx, float cy, float radius, float r, float g, float b, float alpha)
    {
        var w = canvas.Width;
        var h = canvas.Height;
        var x0 = Math.Max(0, (int)(cx - radius - 1));
        var x1 = Math.Min(w - 1, (int)(cx + radius + 1));
        var y0 = Math.Max(0, (int)(cy - radius - 1));
        var y1 = Math.Min(h - 1, (int)(cy + radius + 1));
        var colour = new Rgb(r, g, b);
        for (var y = y0; y <= y1; y++)
        {
            var py = y + 0.5f - cy;
            var row = canvas.Row(y);
            for (var x = x0; x <= x1; x++)
            {
                var px = x + 0.5f - cx;
                var d = MathF.Sqrt(px * px + py * py);
                var cover = Math.Clamp(radius + 0.5f - d, 0f, 1f);
                if (cover > 0f) row.Blend(x, colour, cover * alpha);
            }
        }
    }
}

using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Stylize;

/// <summary>Anti-aliased flat shapes painted over RGB planes (coverage from the signed distance to the edge).</summary>
internal static class Shapes
{
    public static void Disc(RgbPlanes image, float cx, float cy, float radius, Rgb colour, float opacity) =>
        Paint(image, cx - radius, cy - radius, cx + radius, cy + radius, colour, opacity,
            (x, y) => radius - MathF.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)));

    /// <summary>A ring (or, with an arc, part of one) of the given line width centred on the radius.</summary>
    public static void Ring(RgbPlanes image, float cx, float cy, float radius, float width, Rgb colour, float opacity, float arcFrom = 0, float arcLength = MathF.Tau)
    {
        var reach = radius + width;
        Paint(image, cx - reach, cy - reach, cx + reach, cy + reach, colour, opacity, (x, y) =>
        {
            var d = width * 0.5f - MathF.Abs(MathF.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - radius);
            if (arcLength >= MathF.Tau) return d;
            var angle = MathF.Atan2(y - cy, x - cx) - arcFrom;
            angle -= MathF.Floor(angle / MathF.Tau) * MathF.Tau;
            return angle <= arcLength ? d : -1f;
        });
    }

    public static void Line(RgbPlanes image, float x0, float y0, float x1, float y1, float width, Rgb colour, float opacity)
    {
        var (dx, dy) = (x1 - x0, y1 - y0);
        var length2 = Math.Max(1e-6f, dx * dx + dy * dy);
        var reach = width;
        Paint(image, Math.Min(x0, x1) - reach, Math.Min(y0, y1) - reach, Math.Max(x0, x1) + reach, Math.Max(y0, y1) + reach, colour, opacity, (x, y) =>
        {
            var t = Math.Clamp(((x - x0) * dx + (y - y0) * dy) / length2, 0f, 1f);
            var (px, py) = (x0 + t * dx - x, y0 + t * dy - y);
            return width * 0.5f - MathF.Sqrt(px * px + py * py);
        });
    }

    /// <summary>A convex polygon (vertices in either winding order).</summary>
    public static void Polygon(RgbPlanes image, (float X, float Y)[] points, Rgb colour, float opacity)
    {
        var area = 0f;
        for (var k = 0; k < points.Length; k++)
        {
            var (a, b) = (points[k], points[(k + 1) % points.Length]);
            area += a.X * b.Y - b.X * a.Y;
        }
        var sign = area >= 0 ? 1f : -1f;
        Paint(image, points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y), colour, opacity, (x, y) =>
        {
            var inside = float.MaxValue;
            for (var k = 0; k < points.Length; k++)
            {
                var (a, b) = (points[k], points[(k + 1) % points.Length]);
                var (ex, ey) = (b.X - a.X, b.Y - a.Y);
                var len = MathF.Sqrt(ex * ex + ey * ey);
                if (len < 1e-6f) continue;
                inside = Math.Min(inside, sign * (ex * (y - a.Y) - ey * (x - a.X)) / len);
            }
            return inside;
        });
    }

    /// <summary>Blends the colour over every pixel of the box by the coverage of the signed distance (positive inside).</summary>
    private static void Paint(RgbPlanes image, float left, float top, float right, float bottom, Rgb colour, float opacity, Func<float, float, float> inside)
    {
        var x0 = Math.Max(0, (int)MathF.Floor(left) - 1);
        var y0 = Math.Max(0, (int)MathF.Floor(top) - 1);
        var x1 = Math.Min(image.Width - 1, (int)MathF.Ceiling(right) + 1);
        var y1 = Math.Min(image.Height - 1, (int)MathF.Ceiling(bottom) + 1);
        for (var y = y0; y <= y1; y++)
        {
            var row = image.Row(y);
            for (var x = x0; x <= x1; x++)
            {
                var k = Math.Clamp(inside(x + 0.5f, y + 0.5f) + 0.5f, 0f, 1f) * opacity;
                if (k > 0) row.Blend(x, colour, k);
            }
        }
    }
}

using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>Fog (depth haze with drifting banks), lightning, rain streaks and falling snow: the last layers of the scenery.</summary>
public static class WeatherPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        if (a.Fog) Fog(c);
        if (a.Lightning) Lightning(c);
        if (a.Rain) Rain(c);
        if (a.Snow) Snowfall(c);
    }

    /// <summary>How much fog lies over a row: thickest at the horizon (the far distance), thinning up the sky and toward the viewer.</summary>
    public static float FogAt(SceneryContext c, int y)
    {
        if (y < c.Horizon) return 0.8f * MathF.Exp(-(c.Horizon - y) / (c.Height * 0.22f));
        var d = c.Terrain.Depth(y);
        return 0.8f * MathF.Pow(1 - d, 1.4f) + 0.12f;
    }

    private static void Fog(SceneryContext c)
    {
        var fogColor = c.Atmosphere.FogColor;
        var step = Math.Max(2, (int)(c.Unit / 96));
        var wisps = new NoiseGrid(c.Width, 0, c.Height, step, step, (x, y) => c.Noise.Fbm(x / c.Unit * 1.5f + 900, y / c.Unit * 5f, 4));
        SceneryContext.Rows(0, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var f = FogAt(c, y);
            for (var x = 0; x < c.Width; x++)
            {
                var wisp = wisps[x, y];
                var k = ColorMath.Clamp01(f * (0.8f + 0.5f * wisp));
                row.Blend(x, fogColor, k);
            }
        });
    }

    private static void Rain(SceneryContext c)
    {
        var random = c.RandomFor("rain");
        var count = (int)(1100 * c.Width * c.Height / (512f * 512f));
        var streak = new Rgb(0.78f, 0.8f, 0.86f);
        var slant = 0.18f;
        for (var i = 0; i < count; i++)
        {
            var x = (float)random.NextDouble() * (c.Width + c.Height * slant) - c.Height * slant * 0.5f;
            var y = (float)random.NextDouble() * c.Height;
            var near = (float)random.NextDouble();
            var length = c.Unit * (0.02f + 0.05f * near);
            var alpha = 0.1f + 0.22f * near;
            Line(c.Canvas, x, y, x - length * slant, y + length, streak, alpha);
        }
    }

    private static void Snowfall(SceneryContext c)
    {
        var random = c.RandomFor("snowfall");
        var count = (int)(700 * c.Width * c.Height / (512f * 512f));
        for (var i = 0; i < count; i++)
        {
            var x = (float)random.NextDouble() * c.Width;
            var y = (float)random.NextDouble() * c.Height;
            var near = (float)Math.Pow(random.NextDouble(), 2);
            var r = (0.6f + 2.6f * near) * c.Unit / 512f;
            var alpha = 0.55f + 0.4f * near;
            var box = (int)MathF.Ceiling(r + 1);
            for (var py = (int)y - box; py <= (int)y + box; py++)
                for (var px = (int)x - box; px <= (int)x + box; px++)
                {
                    var d = MathF.Sqrt((px - x) * (px - x) + (py - y) * (py - y));
                    c.Canvas.Blend(px, py, new Rgb(0.97f, 0.98f, 1f), alpha * ColorMath.SmoothStep(r + 0.8f, r - 0.5f, d));
                }
        }
    }

    private static void Lightning(SceneryContext c)
    {
        var random = c.RandomFor("lightning");
        var points = new List<(float X, float Y)> { ((0.25f + 0.3f * (float)random.NextDouble()) * c.Width, c.Height * 0.08f) };
        var end = (X: points[0].X + ((float)random.NextDouble() - 0.3f) * c.Width * 0.25f, Y: (float)c.Horizon);
        // Midpoint displacement: a jagged path from the cloud to the horizon.
        var path = new List<(float X, float Y)> { points[0], end };
        var spread = c.Unit * 0.06f;
        for (var level = 0; level < 6; level++)
        {
            var next = new List<(float X, float Y)>();
            for (var i = 0; i < path.Count - 1; i++)
            {
                next.Add(path[i]);
                next.Add(((path[i].X + path[i + 1].X) / 2 + ((float)random.NextDouble() - 0.5f) * spread, (path[i].Y + path[i + 1].Y) / 2));
            }
            next.Add(path[^1]);
            path = next;
            spread *= 0.55f;
        }
        var glow = new Rgb(0.75f, 0.7f, 1f);
        for (var i = 0; i < path.Count - 1; i++)
        {
            for (var w = 6; w >= 1; w -= 2)
            {
                var radius = w * c.Unit / 512f;
                GlowSegment(c.Canvas, path[i], path[i + 1], radius, glow, 0.12f);
            }
            Line(c.Canvas, path[i].X, path[i].Y, path[i + 1].X, path[i + 1].Y, new Rgb(1f, 1f, 1f), 1f);
        }
    }

    /// <summary>An anti-aliased line one pixel wide (Xiaolin Wu style: coverage split between the two nearest pixels).</summary>
    public static void Line(RgbPlanes canvas, float x0, float y0, float x1, float y1, Rgb color, float alpha)
    {
        var steps = (int)MathF.Ceiling(Math.Max(MathF.Abs(x1 - x0), MathF.Abs(y1 - y0)));
        if (steps == 0) return;
        var steep = MathF.Abs(y1 - y0) > MathF.Abs(x1 - x0);
        for (var s = 0; s <= steps; s++)
        {
            var t = s / (float)steps;
            var x = x0 + (x1 - x0) * t;
            var y = y0 + (y1 - y0) * t;
            if (steep)
            {
                var fx = MathF.Floor(x);
                var f = x - fx;
                canvas.Blend((int)fx, (int)y, color, alpha * (1 - f));
                canvas.Blend((int)fx + 1, (int)y, color, alpha * f);
            }
            else
            {
                var fy = MathF.Floor(y);
                var f = y - fy;
                canvas.Blend((int)x, (int)fy, color, alpha * (1 - f));
                canvas.Blend((int)x, (int)fy + 1, color, alpha * f);
            }
        }
    }

    private static void GlowSegment(RgbPlanes canvas, (float X, float Y) a, (float X, float Y) b, float radius, Rgb color, float strength)
    {
        var minX = (int)(Math.Min(a.X, b.X) - radius * 2);
        var maxX = (int)(Math.Max(a.X, b.X) + radius * 2);
        var minY = (int)(Math.Min(a.Y, b.Y) - radius * 2);
        var maxY = (int)(Math.Max(a.Y, b.Y) + radius * 2);
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var len2 = Math.Max(1e-3f, dx * dx + dy * dy);
        for (var y = minY; y <= maxY; y++)
            for (var x = minX; x <= maxX; x++)
            {
                var t = ColorMath.Clamp01(((x - a.X) * dx + (y - a.Y) * dy) / len2);
                var px = a.X + dx * t - x;
                var py = a.Y + dy * t - y;
                var d2 = px * px + py * py;
                canvas.Add(x, y, color, strength * MathF.Exp(-d2 / (radius * radius)));
            }
    }
}

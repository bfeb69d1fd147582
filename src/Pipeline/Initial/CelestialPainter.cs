using Easel.Pipeline.Imaging;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Initial;

/// <summary>Stars, the moon and the sun's disc: painted before the clouds, which pass in front of them.</summary>
public static class CelestialPainter
{
    public static void Paint(SceneryContext c)
    {
        var a = c.Atmosphere;
        if (a.ShowStars) Stars(c, a.Time == TimeOfDay.Night ? 1f : 0.45f);
        if (a.ShowMoon) Moon(c);
        if (a.ShowSun) Sun(c);
    }

    private static void Stars(SceneryContext c, float strength)
    {
        var canvas = c.Canvas;
        var cell = Math.Max(5, (int)(c.Unit / 70));
        var random = c.RandomFor("stars");
        for (var cy = 0; cy < c.Horizon; cy += cell)
            for (var cx = 0; cx < c.Width; cx += cell)
            {
                var present = random.NextDouble();
                var px = cx + (float)random.NextDouble() * cell;
                var py = cy + (float)random.NextDouble() * cell;
                var b = (float)Math.Pow(random.NextDouble(), 3.2);
                var tint = (float)random.NextDouble();
                if (present > 0.55) continue;
                // Fewer, dimmer stars toward the horizon, where the air is thick.
                var height = 1 - py / c.Horizon;
                var k = strength * ColorMath.SmoothStep(0.05f, 0.45f, height) * (0.25f + 0.95f * b);
                if (k <= 0.02f) continue;
                var color = Rgb.Lerp(new Rgb(0.8f, 0.86f, 1f), new Rgb(1f, 0.92f, 0.8f), tint);
                var radius = 0.6f + 1.3f * b * (c.Unit / 512f);
                Glow(canvas, px, py, radius, color, k);
                if (b > 0.7f)
                {
                    // A faint cross on the brightest stars.
                    var arm = (int)(radius * 4);
                    for (var i = -arm; i <= arm; i++)
                    {
                        var f = k * 0.35f * (1 - MathF.Abs(i) / (arm + 1f));
                        canvas.Add((int)px + i, (int)py, color, f);
                        canvas.Add((int)px, (int)py + i, color, f);
                    }
                }
            }
    }

    private static void Glow(RgbPlanes canvas, float px, float py, float radius, Rgb color, float strength)
    {
        var r = (int)MathF.Ceiling(radius * 2.5f);
        for (var y = (int)py - r; y <= (int)py + r; y++)
            for (var x = (int)px - r; x <= (int)px + r; x++)
            {
                var d = MathF.Sqrt((x - px) * (x - px) + (y - py) * (y - py));
                canvas.Add(x, y, color, strength * MathF.Exp(-(d * d) / (radius * radius)));
            }
    }

    private static void Moon(SceneryContext c)
    {
        var canvas = c.Canvas;
        var a = c.Atmosphere;
        var mx = a.LightX * c.Width;
        var my = a.LightY * c.Height;
        var r = c.Unit * 0.045f * c.ScaleOf(BackgroundNames.Moon);
        var box = (int)(r * 6);
        for (var y = Math.Max(0, (int)(my - box)); y < Math.Min(c.Horizon, (int)(my + box)); y++)
            for (var x = Math.Max(0, (int)(mx - box)); x < Math.Min(c.Width, (int)(mx + box)); x++)
            {
                var d = MathF.Sqrt((x - mx) * (x - mx) + (y - my) * (y - my));
                var halo = 0.22f * MathF.Exp(-(d - r) / (r * 1.4f));
                if (d > r) canvas.Add(x, y, new Rgb(0.55f, 0.62f, 0.8f), Math.Max(0, halo));
                var disc = ColorMath.SmoothStep(r + 1f, r - 1f, d);
                if (disc <= 0) continue;
                // Maria from noise, and a little limb darkening.
                var maria = c.Detail.Fbm(x / r * 1.3f + 50, y / r * 1.3f + 50, 3);
                var limb = 1 - 0.25f * (d / r) * (d / r);
                var tone = (0.92f - 0.16f * ColorMath.SmoothStep(0.05f, 0.4f, maria)) * limb;
                canvas.Blend(x, y, new Rgb(0.98f, 0.96f, 0.88f) * tone, disc);
            }
    }

    private static void Sun(SceneryContext c)
    {
        var canvas = c.Canvas;
        var a = c.Atmosphere;
        var warm = a.Time is TimeOfDay.Sunset or TimeOfDay.Sunrise;
        var sx = a.LightX * c.Width;
        var sy = a.LightY * c.Height;
        var r = c.Unit * (warm ? 0.065f : 0.045f) * c.ScaleOf(BackgroundNames.Sun);
        var core = warm ? new Rgb(1f, 0.88f, 0.6f) : new Rgb(1f, 0.99f, 0.93f);
        var box = (int)(r + 3);
        for (var y = Math.Max(0, (int)(sy - box)); y < Math.Min(c.Horizon, (int)(sy + box)); y++)
            for (var x = Math.Max(0, (int)(sx - box)); x < Math.Min(c.Width, (int)(sx + box)); x++)
            {
                var d = MathF.Sqrt((x - sx) * (x - sx) + (y - sy) * (y - sy));
                var disc = ColorMath.SmoothStep(r + 1.2f, r - 1.2f, d);
                canvas.Blend(x, y, core, disc * (a.Overcast ? 0.5f : 1f));
            }
    }
}

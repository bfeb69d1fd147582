using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Sea, lake, pond and river. The sea: deep colour blending into the reflected sky toward the horizon (Fresnel),
/// waves in perspective from stretched noise, a path of glints under the sun or moon, and surf on a beach.
/// Calm water (lake, river) mirrors what stands above the horizon, broken by ripples; a pond mirrors the sky and
/// carries a few lily pads.
/// </summary>
public static class WaterPainter
{
    public static void Paint(SceneryContext c)
    {
        switch (c.Terrain.Water)
        {
            case WaterKind.Sea: Sea(c); break;
            case WaterKind.Lake:
            case WaterKind.River: Calm(c); break;
            case WaterKind.Pond: Pond(c); break;
        }
    }

    private static Rgb Deep(Atmosphere a) => a.Time switch
    {
        TimeOfDay.Sunset => new Rgb(0.14f, 0.16f, 0.3f),
        TimeOfDay.Night => new Rgb(0.03f, 0.06f, 0.14f),
        _ => a.Overcast ? new Rgb(0.16f, 0.24f, 0.3f) : new Rgb(0.03f, 0.24f, 0.45f),
    };

    private static float GlintStrength(Atmosphere a) =>
        a.ShowSun ? (a.Time is TimeOfDay.Sunset or TimeOfDay.Sunrise ? 1.3f : 0.9f) : a.ShowMoon ? 0.6f : 0;

    private static void Sea(SceneryContext c)
    {
        var a = c.Atmosphere;
        var t = c.Terrain;
        var deep = Deep(a);
        var glint = GlintStrength(a);
        var lightX = a.LightX * c.Width;
        var half = c.Width / 2f;
        var last = t.HasShore ? (int)Math.Min(c.Height, t.ShoreBase + c.Height * 0.03f) : c.Height;
        // Swell on a grid two pixels wide (it is stretched sideways anyway); ripples stay per pixel.
        var swell = new NoiseGrid(c.Width, c.Horizon, last, 2, 1, (x, y) =>
        {
            var near = (float)(y - c.Horizon + 2);
            return c.Noise.Fbm((x - half) / near * 1.6f * 0.7f, c.Unit / near * 2.4f, 4);
        });
        SceneryContext.Rows(c.Horizon, last, y =>
        {
            var row = c.Canvas.Row(y);
            var d = t.Depth(y);
            var near = (float)(y - c.Horizon + 2);
            var z = c.Unit / near;
            var fresnel = 0.12f + 0.78f * MathF.Pow(1 - d, 3);
            var sky = c.SkyColor(Math.Max(0, c.Horizon - (y - c.Horizon) * 1.4f));
            for (var x = 0; x < c.Width; x++)
            {
                var shore = t.ShoreY(x);
                var toShore = shore - y;
                if (toShore < -c.Height * 0.012f) continue;
                var wx = (x - half) / near * 1.6f;
                var waves = swell[x, y];
                var fine = c.Detail.Fbm(wx * 3.2f, z * 8f, 2);
                var col = Rgb.Lerp(deep * a.Ambient, sky, fresnel);
                // Small ripples in screen space, so the near water does not turn into smooth blobs.
                var ripple = c.Detail.Sample(x / c.Unit * 45, y / c.Unit * 160) - 0.5f;
                col *= 1 + (0.28f * waves + 0.14f * fine) * (0.35f + d) + 0.14f * ripple * d;
                col += new Rgb(0.9f, 0.95f, 1f) * a.Ambient * (ColorMath.SmoothStep(0.4f, 0.7f, waves + 0.5f * fine) * 0.12f * d);
                if (glint > 0)
                {
                    var dx = (x - lightX) / (c.Unit * (0.03f + 0.12f * d));
                    var g = MathF.Exp(-dx * dx) * ColorMath.SmoothStep(0.25f + 0.2f * d, 0.6f + 0.2f * d, fine + 0.6f * waves);
                    col += a.SunColor * (g * glint);
                }
                if (fine > 0.45f && StableHash.Unit(x, y, c.Seed) > 0.93f) col += new Rgb(0.2f, 0.2f, 0.2f) * (d * glint * 0.6f + 0.05f);

                var alpha = 1f;
                if (t.HasShore)
                {
                    // Shallows turn turquoise, surf laces the edge, and the water thins out over the wet sand.
                    var band = c.Height * 0.05f;
                    var shallow = ColorMath.SmoothStep(band, 0, toShore);
                    col = Rgb.Lerp(col, new Rgb(0.35f, 0.72f, 0.72f) * a.Ambient, shallow * 0.45f);
                    var lace = c.Detail.Fbm(x / c.Unit * 30, y / c.Unit * 60, 3);
                    var foam = ColorMath.SmoothStep(band * 0.35f, 0, MathF.Abs(toShore - band * 0.1f)) * ColorMath.SmoothStep(-0.1f, 0.25f, lace);
                    col = Rgb.Lerp(col, new Rgb(0.97f, 0.98f, 1f) * a.Ambient, foam * 0.9f);
                    alpha = ColorMath.SmoothStep(-c.Height * 0.012f, 0, toShore);
                    if (toShore < 0) alpha *= 0.5f;
                }
                row.Blend(x, col, alpha);
            }
        });
    }

    private static void Calm(SceneryContext c)
    {
        var a = c.Atmosphere;
        var t = c.Terrain;
        var tint = new Rgb(0.1f, 0.24f, 0.3f) * a.Ambient;
        var glint = GlintStrength(a) * 0.6f;
        var lightX = a.LightX * c.Width;
        var half = c.Width / 2f;
        var river = t.Water == WaterKind.River;
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var d = t.Depth(y);
            var near = (float)(y - c.Horizon + 2);
            var z = c.Unit / near;
            var mirror = Math.Max(0, 2 * c.Horizon - y - 1);
            for (var x = 0; x < c.Width; x++)
            {
                if (t.At(x, y) != Surface.Water) continue;
                var wx = (x - half) / near * 1.6f;
                var ripple = c.Noise.Fbm(wx * 0.5f, z * 5f, 3);
                var sampleY = mirror + ripple * near * 0.05f;
                var reflected = sampleY < c.Horizon - 1 ? c.Canvas.Sample(x + ripple * near * 0.08f, sampleY) : c.SkyColor(c.Horizon * 0.8f);
                var col = Rgb.Lerp(reflected, tint, 0.2f + 0.4f * d);
                col *= 1 + 0.12f * ripple;
                var line = ColorMath.SmoothStep(0.55f, 0.75f, c.Detail.Sample(wx * 0.35f, z * 14f));
                col += c.Atmosphere.SkyHorizon * (line * 0.08f);
                if (glint > 0)
                {
                    var dx = (x - lightX) / (c.Unit * (0.02f + 0.15f * d));
                    col += a.SunColor * (MathF.Exp(-dx * dx) * line * glint);
                }
                var alpha = 1f;
                if (river)
                {
                    var edge = t.RiverHalfWidth(y) - MathF.Abs(x - t.RiverCenter(y));
                    var bank = Math.Max(1.5f, c.Unit * 0.006f * (0.3f + d));
                    col = Rgb.Lerp(new Rgb(0.24f, 0.2f, 0.13f) * a.Ambient, col, ColorMath.SmoothStep(0, bank, edge));
                    alpha = ColorMath.SmoothStep(-0.5f, 1f, edge);
                }
                else if (t.HasShore)
                {
                    var toShore = t.ShoreY(x) - y;
                    col = Rgb.Lerp(new Rgb(0.2f, 0.24f, 0.12f) * a.Ambient, col, ColorMath.SmoothStep(0, c.Unit * 0.01f, toShore));
                }
                row.Blend(x, col, alpha);
            }
        });
    }

    private static void Pond(SceneryContext c)
    {
        var a = c.Atmosphere;
        var t = c.Terrain;
        var deep = new Rgb(0.07f, 0.2f, 0.2f) * a.Ambient;
        var sky = c.SkyColor(c.Horizon * 0.7f);
        var top = (int)(t.PondCenterY - t.PondRadiusY);
        var bottom = (int)Math.Min(c.Height, t.PondCenterY + t.PondRadiusY + 2);
        SceneryContext.Rows(Math.Max(c.Horizon, top - 2), bottom, y =>
        {
            var row = c.Canvas.Row(y);
            var ny = (y - t.PondCenterY) / t.PondRadiusY;
            for (var x = 0; x < c.Width; x++)
            {
                var nx = (x - t.PondCenterX) / t.PondRadiusX;
                var r2 = nx * nx + ny * ny;
                if (r2 > 1.08f) continue;
                var along = (ny + 1) / 2; // 0 at the far edge, 1 at the near edge
                var ripple = c.Noise.Fbm(x / c.Unit * 6, y / c.Unit * 22, 3);
                var col = Rgb.Lerp(sky, deep, 0.35f + 0.45f * along);
                col *= 1 + 0.1f * ripple;
                col += a.SkyHorizon * (ColorMath.SmoothStep(0.5f, 0.8f, c.Detail.Sample(x / c.Unit * 10, y / c.Unit * 70)) * 0.1f);
                // A mossy, muddy rim; the far rim catches a little light.
                col = Rgb.Lerp(col, new Rgb(0.16f, 0.22f, 0.1f) * a.Ambient, ColorMath.SmoothStep(0.8f, 1f, r2) * 0.7f);
                var alpha = ColorMath.SmoothStep(1.06f, 0.98f, r2);
                row.Blend(x, col, alpha);
            }
        });
        if (!c.Excludes("lotus", "lily pad", "water lily")) LilyPads(c, 9);
    }

    private static void LilyPads(SceneryContext c, int count)
    {
        var t = c.Terrain;
        var a = c.Atmosphere;
        var random = c.RandomFor("lily pads");
        for (var i = 0; i < count; i++)
        {
            var ang = random.NextDouble() * Math.PI * 2;
            var rad = 0.35 + 0.55 * Math.Sqrt(random.NextDouble());
            var px = t.PondCenterX + (float)(Math.Cos(ang) * rad) * t.PondRadiusX;
            var py = t.PondCenterY + (float)(Math.Sin(ang) * rad) * t.PondRadiusY * 0.9f;
            var along = (py - (t.PondCenterY - t.PondRadiusY)) / (2 * t.PondRadiusY);
            var r = c.Unit * (0.018f + 0.03f * along) * (0.7f + 0.6f * (float)random.NextDouble());
            var notch = (float)(random.NextDouble() * Math.PI * 2);
            var green = new Rgb(0.2f, 0.42f, 0.16f) * (0.85f + 0.3f * (float)random.NextDouble());
            for (var y = (int)(py - r); y <= (int)(py + r); y++)
                for (var x = (int)(px - r - 1); x <= (int)(px + r + 1); x++)
                {
                    var dx = x - px;
                    var dy = (y - py) / 0.42f;
                    var dist = MathF.Sqrt(dx * dx + dy * dy);
                    var angle = MathF.Atan2(dy, dx);
                    var wedge = MathF.Abs(MathF.IEEERemainder(angle - notch, MathF.PI * 2)) < 0.3f;
                    if (wedge || !t.InPond(x, y)) continue;
                    var vein = 0.9f + 0.1f * MathF.Cos(angle * 9);
                    var col = green * vein * (0.85f + 0.25f * dx / r * a.LightDirection) * a.Ambient;
                    c.Canvas.Blend(x, y, col, ColorMath.SmoothStep(r + 0.7f, r - 0.7f, dist));
                }
        }
    }
}

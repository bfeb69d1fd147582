using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using B = Easel.Pipeline.Scene.BackgroundNames;

namespace Easel.Pipeline.Initial;

/// <summary>
/// The land below the horizon: grass, crops, snow, dunes, pavement or sand, each with texture in perspective
/// (coarser and stronger near the bottom, finer and hazier toward the horizon). Water is painted over it later.
/// </summary>
public static class GroundPainter
{
    public static GroundMaterial MaterialOf(SceneryContext c)
    {
        switch (c.Scene.Setting)
        {
            case "street": return GroundMaterial.City;
            case "savanna": return GroundMaterial.Field;
            // Chosen from its things ("a snowman", "a skier") with no snow word: the ground is still snow.
            case "snow": return GroundMaterial.Snow;
            case "field" or "park" when !c.Has(B.Snow): return GroundMaterial.Grass;
        }
        if (c.Has(B.Snow)) return GroundMaterial.Snow;
        if (c.Has(B.Desert) || c.Has(B.Canyon)) return GroundMaterial.Desert;
        if (c.Terrain.Water == WaterKind.Sea && c.Terrain.HasShore) return GroundMaterial.Sand;
        if (c.Has(B.Field) && !c.Has(B.Grass)) return GroundMaterial.Field;
        if (c.Has(B.Garden)) return GroundMaterial.Garden;
        if (c.Has(B.City) && !c.Has(B.Grass)) return GroundMaterial.City;
        return GroundMaterial.Grass;
    }

    public static void Paint(SceneryContext c)
    {
        var material = MaterialOf(c);
        var a = c.Atmosphere;
        var horizon = c.Horizon;
        var half = c.Width / 2f;
        // The slowly varying part of each material (patches, drifts, dune shading) on a coarse grid.
        float World(int x, int y, out float z)
        {
            var near = (float)(y - horizon + 4);
            z = c.Unit / near;
            return (x - half) / near * 1.6f;
        }
        var step = Math.Max(2, (int)(c.Unit / 160));
        var low = new NoiseGrid(c.Width, horizon, c.Height, step, step, (x, y) =>
        {
            var wx = World(x, y, out var z);
            return material switch
            {
                GroundMaterial.Snow => c.Noise.Fbm(wx * 0.45f + 500, z * 0.5f, 4),
                GroundMaterial.Desert => DuneLight(c, wx, z),
                GroundMaterial.City => c.Noise.Fbm(wx * 2, z * 2, 3),
                GroundMaterial.Field => c.Noise.Fbm(wx * 0.7f + 300, z * 0.7f, 3),
                GroundMaterial.Sand => c.Noise.Fbm(wx * 0.8f + 700, z * 0.9f, 3),
                _ => c.Noise.Fbm(wx * 0.9f + 200, z * 0.9f, 3),
            };
        });
        var dunes = material == GroundMaterial.Desert
            ? new NoiseGrid(c.Width, horizon, c.Height, step, step, (x, y) => { var wx = World(x, y, out var z); return c.Noise.Fbm(wx * 0.28f, z * 0.55f + 40, 4); })
            : null;
        SceneryContext.Rows(horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var d = c.Terrain.Depth(y);
            var near = (float)(y - horizon + 4);
            var z = c.Unit / near;
            var haze = 0.5f * MathF.Pow(1 - d, 4);
            for (var x = 0; x < c.Width; x++)
            {
                var wx = (x - half) / near * 1.6f;
                var l = low[x, y];
                var col = material switch
                {
                    GroundMaterial.Field => Field(c, x, y, d, wx, l),
                    GroundMaterial.Snow => SnowField(c, x, y, l),
                    GroundMaterial.Desert => Dunes(c, x, y, d, wx, z, l, dunes![x, y]),
                    GroundMaterial.City => Pavement(c, x, y, d, wx, z, l),
                    GroundMaterial.Sand => Sand(c, x, y, d, z, l),
                    _ => Grass(c, x, y, d, l),
                };
                col = c.Aerial(col * a.Ambient, haze);
                row[x] = col;
            }
        });
        if (material is GroundMaterial.Grass or GroundMaterial.Garden)
            Flowers(c, material == GroundMaterial.Garden ? 900 : c.Has(B.Spring) ? 420 : 80);
    }

    private static Rgb Grass(SceneryContext c, int x, int y, float d, float patches)
    {
        var col = Rgb.Lerp(new Rgb(0.50f, 0.64f, 0.34f), new Rgb(0.22f, 0.46f, 0.14f), ColorMath.SmoothStep(0, 1, MathF.Pow(d, 0.7f)));
        var s = 0.45f + 1.6f * d;
        var blades = c.Detail.Sample(x * 0.55f / s, y * 0.11f / s) - 0.5f;
        var speck = StableHash.Unit(x, y, c.Seed) - 0.5f;
        col *= 1 + 0.22f * patches + (0.22f * blades + 0.06f * speck) * (0.3f + d);
        // Warmer, yellower tufts here and there; in autumn the meadow turns gold and rust in patches.
        col = Rgb.Lerp(col, new Rgb(0.55f, 0.58f, 0.2f), ColorMath.SmoothStep(0.25f, 0.6f, patches) * 0.35f);
        return c.Has(B.Autumn) ? Rgb.Lerp(col, c.Foliage(col, ColorMath.Clamp01(0.1f + 0.5f * patches)), 0.55f) : c.Foliage(col, 0);
    }

    private static Rgb Field(SceneryContext c, int x, int y, float d, float wx, float patches)
    {
        var col = Rgb.Lerp(new Rgb(0.86f, 0.76f, 0.46f), new Rgb(0.76f, 0.58f, 0.24f), ColorMath.SmoothStep(0, 1, d));
        var rows = MathF.Sin(wx * 7f);
        var s = 0.45f + 1.6f * d;
        var stalks = c.Detail.Sample(x * 0.6f / s, y * 0.14f / s) - 0.5f;
        return col * (1 + 0.07f * rows * d + 0.2f * stalks * (0.3f + d) + 0.15f * patches);
    }

    private static Rgb SnowField(SceneryContext c, int x, int y, float drift)
    {
        var lit = new Rgb(0.95f, 0.96f, 1f);
        var shade = new Rgb(0.72f, 0.78f, 0.92f);
        var col = Rgb.Lerp(shade, lit, ColorMath.Clamp01(0.6f + drift * 1.2f * c.Atmosphere.LightDirection + 0.2f * drift));
        var sparkle = StableHash.Unit(x, y, c.Seed + 5) > 0.996f ? 0.25f : 0;
        return col * (0.97f + 0.04f * (StableHash.Unit(x, y, c.Seed) - 0.5f)) + new Rgb(sparkle, sparkle, sparkle);
    }

    /// <summary>How much a point of the dune field faces the light: the slope of the dune height across the view.</summary>
    private static float DuneLight(SceneryContext c, float wx, float z)
    {
        const float e = 0.02f;
        var h0 = c.Noise.Fbm((wx - e) * 0.28f, z * 0.55f + 40, 3);
        var h1 = c.Noise.Fbm((wx + e) * 0.28f, z * 0.55f + 40, 3);
        var slope = (h1 - h0) / (2 * e) * MathF.Sign(c.Atmosphere.LightDirection == 0 ? 1 : c.Atmosphere.LightDirection);
        return ColorMath.SmoothStep(-0.6f, 0.6f, slope);
    }

    private static Rgb Dunes(SceneryContext c, int x, int y, float d, float wx, float z, float lit, float h0)
    {
        var col = Rgb.Lerp(new Rgb(0.76f, 0.52f, 0.32f), new Rgb(0.97f, 0.80f, 0.55f), lit);
        var ripple = MathF.Sin(z * 22f + h0 * 30f + wx * 2f);
        col *= 1 + 0.035f * ripple * (0.3f + d) + 0.03f * (StableHash.Unit(x, y, c.Seed) - 0.5f);
        return Rgb.Lerp(new Rgb(0.93f, 0.80f, 0.6f), col, 0.35f + 0.65f * ColorMath.SmoothStep(0, 0.3f, d));
    }

    private static Rgb Pavement(SceneryContext c, int x, int y, float d, float wx, float z, float low)
    {
        var col = new Rgb(0.17f, 0.18f, 0.21f) * (0.9f + 0.15f * low + 0.05f * (StableHash.Unit(x, y, c.Seed) - 0.5f));
        // Perspective lines of the street and slabs, converging on the horizon.
        var lane = MathF.Abs(MathF.Sin(wx * 2.2f));
        if (lane < 0.04f) col = Rgb.Lerp(col, new Rgb(0.6f, 0.6f, 0.56f), 0.5f);
        var slab = MathF.Abs(MathF.Sin(z * 3.2f));
        if (slab < 0.05f) col *= 0.85f;
        // Wet streets mirror the lit city above them.
        var wet = c.Atmosphere.Rain ? 0.5f : 0.15f;
        var mirror = 2 * c.Horizon - y - 1;
        if (mirror >= 0)
        {
            var jitter = c.Detail.Sample(x * 0.05f, y * 0.8f) * 6 - 3;
            var reflected = c.Canvas.Sample(x + jitter, mirror);
            col = Rgb.Lerp(col, reflected * 0.85f, wet * (1 - 0.7f * d));
        }
        return col;
    }

    private static Rgb Sand(SceneryContext c, int x, int y, float d, float z, float patches)
    {
        var col = Rgb.Lerp(new Rgb(0.95f, 0.86f, 0.68f), new Rgb(0.9f, 0.77f, 0.56f), d);
        var grain = StableHash.Unit(x, y, c.Seed) - 0.5f;
        var ripple = MathF.Sin(z * 30 + patches * 12);
        return col * (1 + 0.08f * patches + 0.07f * grain + 0.025f * ripple * d);
    }

    /// <summary>Small flowers scattered over grass, bigger near the viewer; a garden gets many more.</summary>
    private static void Flowers(SceneryContext c, int count)
    {
        var palette = new[]
        {
            new Rgb(1f, 0.95f, 0.95f), new Rgb(1f, 0.85f, 0.2f), new Rgb(0.95f, 0.35f, 0.45f),
            new Rgb(0.75f, 0.45f, 0.9f), new Rgb(1f, 0.55f, 0.75f), new Rgb(0.95f, 0.25f, 0.2f),
        };
        var random = c.RandomFor("flowers");
        var n = (int)(count * c.Width / 512f * MathF.Sqrt(c.Height / 512f));
        var a = c.Atmosphere;
        for (var i = 0; i < n; i++)
        {
            var d = MathF.Sqrt((float)random.NextDouble());
            var y = c.Horizon + d * (c.Height - c.Horizon);
            var x = (float)random.NextDouble() * c.Width;
            var col = palette[random.Next(palette.Length)];
            if (c.Terrain.At(x, y) != Surface.Ground) continue;
            var r = (0.5f + 2f * d) * MathF.Sqrt(c.Unit / 512f);
            var haze = 0.5f * MathF.Pow(1 - d, 4);
            var petal = c.Aerial(col * a.Ambient, haze);
            var heart = c.Aerial(new Rgb(1f, 0.8f, 0.2f) * a.Ambient, haze);
            var box = (int)MathF.Ceiling(r + 1);
            for (var py = (int)y - box; py <= (int)y + box; py++)
                for (var px = (int)x - box; px <= (int)x + box; px++)
                {
                    var dist = MathF.Sqrt((px - x) * (px - x) + (py - y) * (py - y) * 1.6f);
                    c.Canvas.Blend(px, py, petal, ColorMath.SmoothStep(r + 0.7f, r - 0.7f, dist));
                    if (r > 1.5f) c.Canvas.Blend(px, py, heart, ColorMath.SmoothStep(r * 0.4f + 0.5f, r * 0.4f - 0.5f, dist));
                }
        }
    }
}

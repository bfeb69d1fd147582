using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Landmarks that are scenery, not things standing on the grass: Mount Fuji as a broad snow-capped cone on the
/// horizon, a volcano as a dark cone with a glowing crater and a plume of smoke. Painted with the far land, in
/// aerial perspective, so the rest of the scene stands in front of them. The layout places no sprite for them
/// (<see cref="Landmarks"/>).
/// </summary>
public static class LandmarkPainter
{
    private const string Fuji = Landmarks.Fuji;
    private const string Volcano = Landmarks.Volcano;

    public static void Paint(SceneryContext c)
    {
        var fuji = c.Scene.Foreground.Any(e => e.Name == Fuji);
        var volcano = c.Scene.Foreground.Any(e => e.Name == Volcano);
        if (fuji) Cone(c, volcano ? 0.3f : 0.5f, snow: true, smoke: false);
        if (volcano) Cone(c, fuji ? 0.72f : 0.5f, snow: false, smoke: true);
    }

    private static void Cone(SceneryContext c, float centre, bool snow, bool smoke)
    {
        var a = c.Atmosphere;
        var cx = c.Width * centre;
        var height = c.Horizon * (snow ? 0.62f : 0.55f);
        var halfBase = c.Width * (snow ? 0.62f : 0.45f);
        var crater = c.Width * (snow ? 0.035f : 0.05f);
        var top = c.Horizon - height;
        var rock = snow ? new Rgb(0.34f, 0.38f, 0.5f) : new Rgb(0.25f, 0.2f, 0.2f);
        SceneryContext.Rows(Math.Max(0, (int)top - 2), Math.Min(c.Height, c.Horizon + 2), y =>
        {
            var row = c.Canvas.Row(y);
            for (var x = 0; x < c.Width; x++)
            {
                var u = MathF.Abs(x - cx);
                // Concave flanks (the classic stratovolcano profile) under a flat, slightly notched summit.
                var s = ColorMath.Clamp01((u - crater) / (halfBase - crater));
                var crest = u < crater ? top + 1.5f * MathF.Sin(u / crater * MathF.PI) : top + height * (1 - MathF.Pow(1 - s, 2.2f));
                crest += c.Unit * 0.004f * c.Noise.Fbm(x / c.Unit * 9, 3.1f, 3);
                var edge = ColorMath.Clamp01(y - crest + 0.5f);
                if (edge <= 0) continue;
                var t = ColorMath.Clamp01((y - top) / height);
                var side = MathF.Sign(x - cx) * a.LightDirection;
                var gully = c.Detail.Fbm((x - cx) / Math.Max(1, y - top + 4) * 6, y / c.Unit * 2, 3);
                var col = rock * (0.92f + 0.18f * side + 0.12f * gully);
                if (snow)
                {
                    // The snow cap reaches down in streaks along the gullies.
                    var line = 0.34f + 0.14f * gully + 0.05f * MathF.Sin((x - cx) / c.Unit * 60);
                    col = Rgb.Lerp(col, new Rgb(0.95f, 0.96f, 1f) * (0.9f + 0.1f * side), ColorMath.SmoothStep(line + 0.03f, line - 0.03f, t));
                }
                col = c.Aerial(col * a.Ambient, 0.3f + 0.25f * ColorMath.SmoothStep(0.5f, 1f, t) + (a.Fog ? 0.2f : 0));
                if (!snow)
                {
                    // The crater's glow and a lava streak down one flank give their own light, brightest at night.
                    var lava = ColorMath.SmoothStep(c.Unit * 0.025f, 0, y - crest) * ColorMath.SmoothStep(crater * 1.4f, crater * 0.6f, u)
                        + ColorMath.SmoothStep(c.Unit * 0.008f, 0, MathF.Abs(x - cx - (y - top) * 0.35f - 3 * gully)) * (1 - t) * 0.8f;
                    col = Rgb.Lerp(col, new Rgb(1f, 0.42f, 0.1f), ColorMath.Clamp01(lava) * (a.Time == TimeOfDay.Night ? 1f : 0.75f));
                }
                row.Blend(x, col, edge);
            }
        });
        if (!smoke) return;
        // A plume: soft grey puffs rising and drifting downwind from the crater.
        var random = c.RandomFor("plume");
        for (var i = 0; i < 14; i++)
        {
            var rise = i / 14f;
            var px = cx + rise * c.Width * 0.18f + ((float)random.NextDouble() - 0.5f) * c.Unit * 0.03f;
            var py = top - rise * c.Horizon * 0.5f;
            var r = c.Unit * (0.03f + 0.05f * rise);
            var shade = new Rgb(0.42f, 0.4f, 0.4f) * (0.8f + 0.4f * rise) * a.Ambient;
            for (var y = (int)(py - r); y <= (int)(py + r); y++)
                for (var x = (int)(px - r); x <= (int)(px + r); x++)
                {
                    if ((uint)x >= (uint)c.Width || (uint)y >= (uint)c.Height || y >= c.Horizon) continue;
                    var d = MathF.Sqrt((x - px) * (x - px) + (y - py) * (y - py)) / r;
                    if (d >= 1) continue;
                    c.Canvas.Blend(x, y, shade, 0.55f * (1 - d * d) * (1 - 0.4f * rise));
                }
        }
    }
}

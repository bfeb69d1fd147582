using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// What an outdoor setting adds on top of the ground: a street's road with kerbs and a dashed centre line running
/// to the vanishing point, a sports field's mown stripes and white lines, the flat-topped acacias of a savanna, a
/// park's path and trees. Painted after the ground, before water and weather.
/// </summary>
public static class SettingPainter
{
    public static void Paint(SceneryContext c)
    {
        switch (c.Scene.Setting)
        {
            case "street": Street(c); break;
            case "field": Pitch(c); break;
            case "savanna": Acacias(c); break;
            case "park": Path(c); break;
        }
    }

    /// <summary>Where the road's edge is at a row: half its width, shrinking linearly to the vanishing point.</summary>
    private static float HalfRoad(SceneryContext c, int y, float bottomHalf) => bottomHalf * (y - c.Horizon) / (float)Math.Max(1, c.Height - c.Horizon);

    private static void Street(SceneryContext c)
    {
        var a = c.Atmosphere;
        var cx = c.Width / 2f;
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var half = HalfRoad(c, y, c.Width * 0.46f);
            var kerb = HalfRoad(c, y, c.Width * 0.5f);
            var near = y - c.Horizon + 2f;
            var z = c.Unit / near;
            var dash = MathF.Sin(z * 2.2f) > 0.1f;
            var lineHalf = Math.Max(0.6f, HalfRoad(c, y, c.Unit * 0.012f));
            var haze = 0.5f * MathF.Pow(1 - c.Terrain.Depth(y), 4);
            for (var x = 0; x < c.Width; x++)
            {
                var dx = MathF.Abs(x - cx);
                Rgb col;
                if (dx < half)
                {
                    var grit = 0.06f * (StableHash.Unit(x, y, c.Seed + 9) - 0.5f) + 0.05f * c.Detail.Fbm(x / c.Unit * 8, z * 2, 2);
                    col = new Rgb(0.3f, 0.31f, 0.33f) * (1 + grit);
                    if (dash && dx < lineHalf) col = new Rgb(0.92f, 0.82f, 0.35f);
                    if (MathF.Abs(dx - half * 0.93f) < lineHalf * 0.8f) col = new Rgb(0.88f, 0.88f, 0.86f);
                }
                else if (dx < kerb) col = new Rgb(0.66f, 0.65f, 0.62f);
                else continue; // the pavement the ground painter laid stays
                col = c.Aerial(col * a.Ambient, haze);
                row[x] = col;
            }
        });
    }

    private static void Pitch(SceneryContext c)
    {
        var a = c.Atmosphere;
        var cx = c.Width / 2f;
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var near = y - c.Horizon + 2f;
            var z = c.Unit / near;
            var d = c.Terrain.Depth(y);
            // The pitch's side lines converge; a halfway line crosses it at one depth; mown stripes alternate in depth.
            var side = HalfRoad(c, y, c.Width * 0.9f);
            var width = Math.Max(0.7f, HalfRoad(c, y, c.Unit * 0.012f));
            var halfway = MathF.Abs(z - 3.2f) * near < width * 2.2f;
            var stripe = ((int)MathF.Floor(z * 1.6f) & 1) == 0 ? 1.07f : 0.94f;
            for (var x = 0; x < c.Width; x++)
            {
                var col = row[x] * stripe;
                var dx = MathF.Abs(x - cx);
                if ((MathF.Abs(dx - side) < width || (halfway && dx < side)) && d > 0.02f) col = Rgb.Lerp(col, new Rgb(0.95f, 0.96f, 0.94f) * a.Ambient, 0.9f);
                row[x] = col;
            }
        });
    }

    /// <summary>Flat-topped acacias standing on the horizon, a few near and a few far.</summary>
    private static void Acacias(SceneryContext c)
    {
        var random = c.RandomFor("acacia");
        var count = 3 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var far = i >= 2;
            var x = c.Width * (0.05f + 0.9f * (float)random.NextDouble());
            var baseY = c.Horizon + (far ? 1 : 3 + (float)random.NextDouble() * c.Unit * 0.02f);
            var h = c.Unit * (far ? 0.05f : 0.1f + 0.04f * (float)random.NextDouble());
            var crownW = h * (1.5f + 0.4f * (float)random.NextDouble());
            var color = c.Aerial(new Rgb(0.2f, 0.24f, 0.12f) * c.Atmosphere.Ambient, far ? 0.55f : 0.25f);
            var crownTop = baseY - h;
            var crownH = h * 0.22f;
            for (var yy = (int)(crownTop - crownH); yy < (int)baseY; yy++)
            {
                if ((uint)yy >= (uint)c.Height) continue;
                for (var xx = (int)(x - crownW); xx <= (int)(x + crownW); xx++)
                {
                    if ((uint)xx >= (uint)c.Width) continue;
                    var u = (xx - x) / crownW;
                    // The crown: a flat lens; the trunk: a thin fork below it.
                    var inCrown = yy >= crownTop - crownH * (1 - u * u) && yy <= crownTop + crownH * 0.4f * (1 - u * u) && Math.Abs(u) < 1
                        && c.Detail.Sample(xx / c.Unit * 60, yy / c.Unit * 60) > 0.25f;
                    var t = (yy - crownTop) / (baseY - crownTop);
                    var trunkX = x + (u < 0 ? -1 : 1) * crownW * 0.25f * (1 - t) * (1 - t);
                    var inTrunk = yy > crownTop && MathF.Abs(xx - trunkX) < Math.Max(0.6f, h * 0.035f) * (1.2f - 0.4f * (1 - t));
                    if (inCrown || inTrunk) c.Canvas.Blend(xx, yy, color, 0.95f);
                }
            }
        }
    }

    /// <summary>A park: a gravel path winding away through the grass.</summary>
    private static void Path(SceneryContext c)
    {
        var a = c.Atmosphere;
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var d = c.Terrain.Depth(y);
            var center = c.Width * (0.5f + 0.18f * MathF.Sin(d * 5.2f + 0.8f) * d);
            var half = c.Width * (0.005f + 0.16f * d);
            for (var x = 0; x < c.Width; x++)
            {
                var edge = ColorMath.SmoothStep(half + 1.5f, half - 1.5f, MathF.Abs(x - center));
                if (edge <= 0) continue;
                var gravel = 1 + 0.12f * (StableHash.Unit(x, y, c.Seed + 4) - 0.5f);
                var col = c.Aerial(new Rgb(0.78f, 0.7f, 0.56f) * (gravel * (0.85f + 0.2f * d)) * a.Ambient, 0.5f * MathF.Pow(1 - d, 4));
                row.Blend(x, col, edge);
            }
        });
    }
}

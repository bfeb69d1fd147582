using Easel.Pipeline.Imaging;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Indoor and close-up settings: a wall above the horizon line and, below it, a wooden table top (table, window,
/// shelf) or a floor in perspective (the rooms). The kitchen and the bathroom get tiles, the bedroom striped
/// paper, the living room a wainscot; a window shows the weather and the time of day outside, painted from the
/// same atmosphere as an outdoor scene (night, rain, snow). Light comes from the window side.
/// </summary>
public static class IndoorPainter
{
    public static void Paint(SceneryContext c, string setting)
    {
        var a = c.Atmosphere;
        var night = a.Time == TimeOfDay.Night;
        // Indoor light: lamp-warm at night, the daylight's colour by day, dimmer under a heavy sky.
        var light = night ? new Rgb(0.78f, 0.62f, 0.46f) : Rgb.Lerp(new Rgb(1f, 0.97f, 0.92f), a.Ambient, 0.35f) * (a.Overcast ? 0.85f : 1f);
        var windowLeft = a.LightX < 0.5f;
        Wall(c, setting, light, windowLeft);
        if (setting != "shelf") Window(c, setting, windowLeft);
        if (setting is "table" or "window" or "shelf") TableTop(c, setting, light, windowLeft);
        else Floor(c, setting, light, windowLeft);
    }

    private static Rgb WallColor(string setting) => setting switch
    {
        "kitchen" => new Rgb(0.93f, 0.9f, 0.82f),
        "bedroom" => new Rgb(0.82f, 0.86f, 0.9f),
        "living room" => new Rgb(0.86f, 0.8f, 0.68f),
        "bathroom" => new Rgb(0.86f, 0.92f, 0.93f),
        "table" or "window" => new Rgb(0.84f, 0.78f, 0.7f),
        "shelf" => new Rgb(0.78f, 0.74f, 0.68f),
        _ => new Rgb(0.88f, 0.84f, 0.76f),
    };

    private static void Wall(SceneryContext c, string setting, Rgb light, bool windowLeft)
    {
        var baseColor = WallColor(setting);
        var tileSize = c.Unit * 0.07f;
        var tiledFrom = setting switch { "kitchen" => c.Horizon * 0.62f, "bathroom" => c.Horizon * 0.35f, _ => float.MaxValue };
        var wainscot = setting == "living room" ? c.Horizon * 0.72f : float.MaxValue;
        SceneryContext.Rows(0, c.Horizon + 2, y =>
        {
            var row = c.Canvas.Row(y);
            for (var x = 0; x < c.Width; x++)
            {
                var u = x / (float)c.Width;
                // Light falls off away from the window and toward the corners.
                var side = windowLeft ? 1 - u : u;
                var fall = 0.78f + 0.3f * side - 0.12f * MathF.Pow(Math.Abs(u - 0.5f) * 2, 2);
                var col = baseColor;
                if (setting == "bedroom" && ((int)(x / (c.Unit * 0.045f)) & 1) == 0) col = col * 0.95f;
                if (y >= tiledFrom)
                {
                    // Tiles: a thin grout line every tile, a faint per-tile variation.
                    var gx = x % tileSize;
                    var gy = (y - tiledFrom) % tileSize;
                    var grout = gx < 1.2f || gy < 1.2f;
                    var tile = StableHash.Unit((int)(x / tileSize), (int)((y - tiledFrom) / tileSize), c.Seed) * 0.05f;
                    col = grout ? new Rgb(0.7f, 0.7f, 0.68f) : (setting == "kitchen" ? new Rgb(0.9f, 0.93f, 0.95f) : new Rgb(0.78f, 0.88f, 0.9f)) * (0.97f + tile);
                }
                else if (y >= wainscot)
                {
                    col = Math.Abs(y - wainscot) < 2 ? new Rgb(0.55f, 0.4f, 0.28f) : new Rgb(0.62f, 0.47f, 0.33f) * (1 - 0.1f * ((x / (int)(c.Unit * 0.12f)) % 2));
                }
                var tex = 1 + 0.03f * c.Detail.Fbm(x / c.Unit * 30, y / c.Unit * 30, 3);
                col = col * light * (fall * tex);
                row[x] = col;
            }
        });
        if (setting == "shelf")
        {
            // The shelf board the things stand on, and a second, higher shelf with its shadow.
            Board(c, (int)(c.Horizon * 0.3f), light);
        }
    }

    private static void Board(SceneryContext c, int y, Rgb light)
    {
        var thick = Math.Max(3, (int)(c.Unit * 0.025f));
        for (var yy = y; yy < Math.Min(c.Horizon, y + thick + thick); yy++)
        {
            var row = c.Canvas.Row(yy);
            for (var x = 0; x < c.Width; x++)
            {
                var col = yy < y + thick ? new Rgb(0.55f, 0.38f, 0.24f) * light : row[x] * 0.82f;
                row[x] = col;
            }
        }
    }

    /// <summary>A window in the wall with the sky outside: the scene's own sky, sun or moon, clouds, rain or snow.</summary>
    private static void Window(SceneryContext c, string setting, bool left)
    {
        var a = c.Atmosphere;
        var big = setting == "window";
        var w = c.Width * (big ? 0.56f : 0.26f);
        var h = c.Horizon * (big ? 0.78f : 0.56f);
        var x0 = left ? c.Width * (big ? 0.22f : 0.08f) : c.Width * (big ? 0.22f : 0.66f);
        var y0 = c.Horizon * (big ? 0.1f : 0.14f);
        var frame = Math.Max(3, c.Unit * 0.018f);
        var random = c.RandomFor("window");
        var drops = new HashSet<(int, int)>();
        if (a.Rain || a.Snow)
        {
            for (var i = 0; i < (int)(w * h / 90); i++) drops.Add(((int)(x0 + random.NextDouble() * w), (int)(y0 + random.NextDouble() * h)));
        }
        var mx = x0 + w * (a.LightX > 0.5f ? 0.7f : 0.3f);
        var my = y0 + h * 0.25f;
        SceneryContext.Rows((int)y0, (int)Math.Min(c.Horizon, y0 + h), y =>
        {
            var row = c.Canvas.Row(y);
            for (var x = (int)x0; x < (int)(x0 + w) && x < c.Width; x++)
            {
                var fx = x - x0;
                var fy = y - y0;
                var onFrame = fx < frame || fx > w - frame || fy < frame || fy > h - frame
                    || Math.Abs(fx - w / 2) < frame / 2 || Math.Abs(fy - h * 0.45f) < frame / 2;
                Rgb col;
                if (onFrame) col = new Rgb(0.94f, 0.93f, 0.9f) * (0.85f + 0.15f * (1 - fy / h));
                else
                {
                    // Outside: the sky gradient down to a far line of hills two thirds of the way down.
                    var t = fy / h;
                    col = c.SkyColor(t * c.Horizon * 0.9f);
                    var hills = 0.72f + 0.06f * MathF.Sin(fx / w * 7 + c.Seed % 7);
                    if (t > hills) col = Rgb.Lerp(c.Aerial(new Rgb(0.3f, 0.45f, 0.28f) * a.Ambient, 0.45f), col, a.Fog ? 0.5f : 0);
                    var cloud = c.Noise.Fbm(x / c.Unit * 3 + 70, y / c.Unit * 6, 4);
                    if (t < hills && !c.Scene.Negated.Contains(Scene.BackgroundNames.Cloud))
                        col = Rgb.Lerp(col, a.Overcast ? new Rgb(0.55f, 0.57f, 0.6f) : new Rgb(0.97f, 0.97f, 0.98f) * a.Ambient, ColorMath.SmoothStep(0.55f - a.CloudCover * 0.5f, 0.9f - a.CloudCover * 0.3f, cloud + 0.5f) * 0.8f);
                    var d = MathF.Sqrt((x - mx) * (x - mx) + (y - my) * (y - my));
                    var r = c.Unit * 0.035f;
                    if (a.ShowMoon) col = Rgb.Lerp(col, new Rgb(0.97f, 0.95f, 0.86f), ColorMath.SmoothStep(r + 1, r - 1, d));
                    else if (a.ShowSun) col = Rgb.Lerp(col, new Rgb(1f, 0.97f, 0.88f), ColorMath.SmoothStep(r * 3, r * 0.8f, d) * 0.8f);
                    if (a.ShowStars && StableHash.Unit(x, y, c.Seed + 5) > 0.996f && t < hills) col = new Rgb(0.9f, 0.92f, 1f);
                    if (drops.Contains((x, y)) || drops.Contains((x, y - 1)) || (a.Rain && drops.Contains((x, y - 2))))
                        col = Rgb.Lerp(col, a.Snow ? Rgb.White : new Rgb(0.82f, 0.86f, 0.92f), 0.7f);
                    col = Rgb.Lerp(col, Rgb.White, 0.06f);
                }
                row[x] = col;
            }
        });
    }

    /// <summary>A wooden table top in perspective: grain running toward the viewer, darker at the far edge.</summary>
    private static void TableTop(SceneryContext c, string setting, Rgb light, bool windowLeft)
    {
        var wood = setting == "shelf" ? new Rgb(0.6f, 0.42f, 0.27f) : new Rgb(0.56f, 0.36f, 0.2f);
        var vanishX = c.Width * 0.5f;
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var d = c.Terrain.Depth(y);
            var near = y - c.Horizon + c.Unit * 0.08f;
            for (var x = 0; x < c.Width; x++)
            {
                // Planks run from the viewer toward the back: their world x is the screen x over the depth.
                var wx = (x - vanishX) / near;
                var plank = (int)MathF.Floor(wx * 2.2f);
                var grain = c.Detail.Fbm(wx * 30 + plank * 13, c.Unit / near * 2.5f, 3);
                var seam = Math.Abs(wx * 2.2f - MathF.Round(wx * 2.2f)) * near < 1.1f ? 0.75f : 1f;
                var tone = (0.88f + 0.12f * StableHash.Unit(plank, 3, c.Seed)) * (1 + 0.16f * grain) * seam;
                var u = x / (float)c.Width;
                var shade = 0.72f + 0.35f * d + 0.1f * (windowLeft ? 1 - u : u);
                // A soft sheen from the window across the top.
                var sheen = 0.18f * MathF.Exp(-MathF.Pow((u - (windowLeft ? 0.3f : 0.7f)) * 3, 2)) * (1 - d);
                var col = wood * light * (tone * shade) + light * sheen;
                row[x] = col;
            }
        });
        // The table's far edge: a thin dark line where it meets the wall, and the wall's shadow just above it.
        for (var y = Math.Max(0, c.Horizon - 3); y < Math.Min(c.Height, c.Horizon + 2); y++)
        {
            var row = c.Canvas.Row(y);
            var k2 = y < c.Horizon ? 0.85f : 0.55f;
            row.Scale(k2);
        }
    }

    /// <summary>A floor: wooden boards in perspective (a rug in the bedroom and the living room, tiles in the kitchen and bathroom).</summary>
    private static void Floor(SceneryContext c, string setting, Rgb light, bool windowLeft)
    {
        var tiled = setting is "kitchen" or "bathroom";
        var vanishX = c.Width * 0.5f;
        var rug = setting is "bedroom" or "living room";
        var rugColor = setting == "bedroom" ? new Rgb(0.62f, 0.36f, 0.38f) : new Rgb(0.42f, 0.5f, 0.62f);
        SceneryContext.Rows(c.Horizon, c.Height, y =>
        {
            var row = c.Canvas.Row(y);
            var d = c.Terrain.Depth(y);
            var near = y - c.Horizon + c.Unit * 0.05f;
            var z = c.Unit / near;
            for (var x = 0; x < c.Width; x++)
            {
                var wx = (x - vanishX) / near;
                Rgb col;
                if (tiled)
                {
                    var tx = wx * 3;
                    var tz = z * 1.2f;
                    var grout = Math.Abs(tx - MathF.Round(tx)) * near / 3 < 0.6f || Math.Abs(tz - MathF.Round(tz)) * near * near / c.Unit < 0.5f;
                    var check = (((int)MathF.Floor(tx) + (int)MathF.Floor(tz)) & 1) == 0;
                    col = grout ? new Rgb(0.6f, 0.6f, 0.58f) : check ? new Rgb(0.88f, 0.87f, 0.84f) : new Rgb(0.74f, 0.76f, 0.78f);
                }
                else
                {
                    var plank = (int)MathF.Floor(wx * 4);
                    var grain = c.Detail.Fbm(wx * 40 + plank * 7, z * 3, 3);
                    col = new Rgb(0.62f, 0.42f, 0.26f) * ((0.86f + 0.14f * StableHash.Unit(plank, 7, c.Seed)) * (1 + 0.14f * grain));
                    if (rug && Math.Abs(wx) < 1.1f && d > 0.25f && d < 0.85f)
                    {
                        var border = Math.Abs(wx) > 0.95f || d < 0.3f || d > 0.8f;
                        col = border ? rugColor * 0.7f : rugColor * (1 + 0.06f * c.Detail.Fbm(wx * 20, z * 20, 2));
                    }
                }
                var u = x / (float)c.Width;
                var shade = 0.7f + 0.38f * d + 0.1f * (windowLeft ? 1 - u : u);
                col = col * light * shade;
                row[x] = col;
            }
        });
        // Skirting board along the foot of the wall.
        var thick = Math.Max(2, (int)(c.Unit * 0.02f));
        for (var y = Math.Max(0, c.Horizon - thick); y < c.Horizon; y++)
        {
            var row = c.Canvas.Row(y);
            for (var x = 0; x < c.Width; x++)
            {
                var col = new Rgb(0.9f, 0.88f, 0.84f) * light * 0.9f;
                row[x] = col;
            }
        }
    }
}

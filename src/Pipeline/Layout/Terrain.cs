using Easel.Pipeline.Scene;
using static Easel.Pipeline.Scene.BackgroundNames;

namespace Easel.Pipeline.Layout;

/// <summary>
/// The shape of the land and water of a scene: where the horizon is, where water lies and where the ground is.
/// The layout stands elements on it and the initial renderer paints it; both derive it from the scene and the
/// horizon alone, so they always agree (a boat is placed where the sea is painted).
/// </summary>
public sealed class Terrain
{
    private Terrain(int width, int height, int horizonY, WaterKind water, bool shore, float shoreBase, bool cliff = false)
    {
        HasCliff = cliff;
        Width = width;
        Height = height;
        HorizonY = horizonY;
        Water = water;
        HasShore = shore;
        ShoreBase = shoreBase;
    }

    public int Width { get; }
    public int Height { get; }
    public int HorizonY { get; }
    public WaterKind Water { get; }

    /// <summary>Sea or lake: land in the foreground below the water (a beach, a grassy bank).</summary>
    public bool HasShore { get; }
    public float ShoreBase { get; }

    /// <summary>A cliff or headland stands on the right of the picture: rock from its top down to the bottom edge.</summary>
    public bool HasCliff { get; }

    public bool CliffOnRight => true;

    /// <summary>The highest row of the cliff's top.</summary>
    public float CliffTop => HorizonY * 0.7f;

    /// <summary>The row of the cliff's grassy top at column x: it slopes a little down toward the sea.</summary>
    public float CliffTopAt(float x) => HorizonY * (0.7f + 0.06f * (1 - x / Width));

    /// <summary>The column of the cliff's face at row y: the foot juts out further than the brow.</summary>
    public float CliffEdge(float y)
    {
        var t = Math.Clamp((y - CliffTop) / Math.Max(1f, Height - CliffTop), 0, 1);
        return Width * (0.66f - 0.12f * t + 0.012f * MathF.Sin(y / Height * 23f));
    }

    public bool OnCliff(float x, float y) => HasCliff && x > CliffEdge(y) && y >= CliffTopAt(x);

    public float PondCenterX => Width * 0.5f;
    public float PondCenterY => HorizonY + (Height - HorizonY) * 0.56f;
    public float PondRadiusX => Width * 0.46f;
    public float PondRadiusY => (Height - HorizonY) * 0.33f;

    /// <summary>0 at the horizon, 1 at the bottom edge: how near a row of the ground is.</summary>
    public float Depth(float y) => Math.Clamp((y - HorizonY) / Math.Max(1f, Height - HorizonY), 0, 1);

    /// <summary>The row where water gives way to the near shore at column x (the line waves a little).</summary>
    public float ShoreY(float x)
    {
        if (!HasShore) return float.PositiveInfinity;
        var u = x / Width;
        return ShoreBase + Height * (0.012f * MathF.Sin(u * 9.1f + 0.7f) + 0.007f * MathF.Sin(u * 23.3f + 2.1f));
    }

    public float RiverCenter(float y)
    {
        var d = Depth(y);
        return Width * (0.5f + 0.17f * MathF.Sin(d * 4.6f + 0.4f) * (0.25f + d));
    }

    public float RiverHalfWidth(float y)
    {
        var d = Depth(y);
        return Width * (0.008f + 0.2f * MathF.Pow(d, 1.25f));
    }

    public bool InPond(float x, float y)
    {
        var dx = (x - PondCenterX) / PondRadiusX;
        var dy = (y - PondCenterY) / PondRadiusY;
        return dx * dx + dy * dy < 1;
    }

    public Surface At(float x, float y)
    {
        if (OnCliff(x, y)) return Surface.Ground;
        if (y < HorizonY) return Surface.Sky;
        return Water switch
        {
            WaterKind.Sea or WaterKind.Lake => y < ShoreY(x) ? Surface.Water : Surface.Ground,
            WaterKind.Pond => InPond(x, y) ? Surface.Water : Surface.Ground,
            WaterKind.River => MathF.Abs(x - RiverCenter(y)) < RiverHalfWidth(y) ? Surface.Water : Surface.Ground,
            _ => Surface.Ground,
        };
    }

    public static Terrain For(SceneDescription scene, int width, int height, int horizonY)
    {
        var water = WaterOf(scene);
        var needsGround = scene.Foreground.Any(e => LayoutPlanner.ProfileOf(e.Name, scene).Habitat == Habitat.Ground);
        var below = height - horizonY;
        var shore = false;
        var shoreBase = (float)height;
        if (water == WaterKind.Sea && scene.Has(Beach))
        {
            shore = true;
            shoreBase = horizonY + below * 0.42f;
        }
        else if (water is WaterKind.Sea or WaterKind.Lake && needsGround)
        {
            // Things that stand need something to stand on: a strip of beach or bank in the foreground.
            shore = true;
            shoreBase = horizonY + below * 0.64f;
        }
        return new Terrain(width, height, horizonY, water, shore, shoreBase, (scene.Has(Cliff) || scene.Has(Headland)) && !Text.SettingChooser.Default.IsIndoor(scene.Setting));
    }

    public static WaterKind WaterOf(SceneDescription scene) =>
        Text.SettingChooser.Default.IsIndoor(scene.Setting) ? WaterKind.None
        // A sea setting with no sea named ("a dolphin", "a woman swimming") is still at sea, not on grass.
        : scene.Has(Sea) || scene.Has(Beach) || scene.Has(Island) || scene.Setting is "sea" or "beach" ? WaterKind.Sea
        : scene.Has(Lake) ? WaterKind.Lake
        : scene.Has(Pond) ? WaterKind.Pond
        : scene.Has(River) ? WaterKind.River
        : WaterKind.None;

    /// <summary>Where the horizon goes: low under mountains and skylines, in the middle over open water.</summary>
    public static int HorizonFor(SceneDescription scene, int height)
    {
        var water = WaterOf(scene);
        var tall = scene.Has(Mountain) || scene.Has(City) || scene.Has(Canyon) || scene.Has(Waterfall) || Landmarks.Any(scene);
        // Indoors the "horizon" is where the wall meets the table top or the floor.
        switch (scene.Setting)
        {
            case "table" or "window": return (int)MathF.Round(height * 0.46f);
            case "shelf": return (int)MathF.Round(height * 0.62f);
            case { } s when Text.SettingChooser.Default.IsIndoor(s): return (int)MathF.Round(height * 0.6f);
            case "street" when water == WaterKind.None: return (int)MathF.Round(height * 0.52f);
            case "savanna" or "field" when water == WaterKind.None && !scene.Has(Mountain): return (int)MathF.Round(height * 0.5f);
        }
        float f = water switch
        {
            WaterKind.Sea => (scene.Has(Beach) ? 0.44f : 0.5f) + (tall ? 0.06f : 0),
            WaterKind.Lake => tall ? 0.56f : 0.5f,
            WaterKind.Pond => 0.42f,
            WaterKind.River => tall ? 0.56f : 0.46f,
            _ => scene.Has(Mountain) || scene.Has(Canyon) || Landmarks.Any(scene) ? 0.62f
                : scene.Has(City) ? 0.64f
                : scene.Has(Forest) ? 0.6f
                : scene.Has(Desert) ? 0.56f
                : 0.58f,
        };
        var landNamed = water != WaterKind.None || scene.Background.Any(e => e.Name is Grass or Field or Mountain or Hill or Forest
            or Desert or City or Garden or Snow or Island or Waterfall or Iceberg or Cliff or Headland or Canyon or Terraces);
        var onlyFliers = scene.Foreground.Any() && scene.Foreground.All(e => LayoutPlanner.ProfileOf(e.Name, scene).Habitat == Habitat.Sky);
        if (!landNamed && onlyFliers) f = 0.74f;
        return (int)MathF.Round(height * f);
    }
}

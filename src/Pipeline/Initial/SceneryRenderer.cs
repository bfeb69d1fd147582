using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using B = Easel.Pipeline.Scene.BackgroundNames;

namespace Easel.Pipeline.Initial;

/// <summary>
/// Paints the scenery of a scene, back to front: sky, sun/moon/stars, clouds, rainbow, the far land (mountains,
/// hills, islands, tree lines, skyline), the ground, water, then weather. Any combination of background names
/// works; a scene without any gets a pleasant default (sky, a few clouds, soft hills, grass).
/// </summary>
public static class SceneryRenderer
{
    public static SceneryContext Paint(SceneDescription scene, SceneLayout layout, int seed)
    {
        var terrain = Terrain.For(scene, layout.Width, layout.Height, layout.HorizonY);
        var atmosphere = Atmosphere.For(scene, layout.HorizonY / (float)layout.Height);
        var c = new SceneryContext(scene, terrain, atmosphere, seed);
        if (Text.SettingChooser.Default.IsIndoor(scene.Setting))
        {
            // Under a roof: the weather and the sky are seen through the window only.
            IndoorPainter.Paint(c, scene.Setting!);
            return c;
        }

        SkyPainter.Paint(c);
        CelestialPainter.Paint(c);
        CloudPainter.Paint(c);
        if (c.Has(B.Rainbow)) RainbowPainter.Paint(c);

        var tall = c.Has(B.Mountain) || Landmarks.Any(scene) || c.Has(B.Forest) || c.Has(B.City) || c.Has(B.Canyon) || c.Has(B.Waterfall)
            || scene.Setting is "street" or "park";
        if (c.Has(B.Mountain)) MountainPainter.Paint(c);
        if (c.Has(B.Canyon)) CanyonPainter.Paint(c);
        if (Landmarks.Any(scene)) LandmarkPainter.Paint(c);
        if (c.Has(B.Hill)) HillPainter.Paint(c, 1f);
        else if (c.Excludes(B.Hill, B.Mountain)) { }
        else if (c.Has(B.Desert) && !tall) HillPainter.Paint(c, 0.55f);
        else if (!tall && terrain.Water is WaterKind.None or WaterKind.Pond or WaterKind.River) HillPainter.Paint(c, 0.55f);
        if (c.Has(B.Island)) IslandPainter.Paint(c);
        if (c.Has(B.Forest)) ForestPainter.Paint(c, 1f);
        else if (terrain.Water == WaterKind.Lake && !tall && !c.Excludes(B.Forest, "tree")) ForestPainter.Paint(c, 0.55f, 2);
        if (c.Has(B.City) || (scene.Setting == "street" && !c.Excludes(B.City))) CityPainter.Paint(c);
        else if (scene.Setting == "park" && !c.Excludes("tree", B.Forest)) ForestPainter.Paint(c, 0.5f, 2);

        if (c.Has(B.Waterfall)) WaterfallPainter.Paint(c);

        GroundPainter.Paint(c);
        if (c.Has(B.Terraces)) TerracePainter.Paint(c);
        SettingPainter.Paint(c);
        WaterPainter.Paint(c);
        if (c.Has(B.Iceberg) && terrain.Water == WaterKind.Sea) IcebergPainter.Paint(c);
        if (c.Terrain.HasCliff) CliffPainter.Paint(c);
        WeatherPainter.Paint(c);
        return c;
    }
}

using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Initial;

/// <summary>Everything the scenery painters share for one picture: canvas, land and water, light, noise, seed.</summary>
public sealed class SceneryContext
{
    public SceneryContext(SceneDescription scene, Terrain terrain, Atmosphere atmosphere, int seed)
    {
        Scene = scene;
        Terrain = terrain;
        Atmosphere = atmosphere;
        Seed = seed;
        Canvas = new RgbPlanes(terrain.Width, terrain.Height);
        Noise = new ValueNoise(StableHash.Combine(seed, 11));
        Detail = new ValueNoise(StableHash.Combine(seed, 23));
    }

    public SceneDescription Scene { get; }
    public Terrain Terrain { get; }
    public Atmosphere Atmosphere { get; }
    public int Seed { get; }
    public RgbPlanes Canvas { get; }
    public ValueNoise Noise { get; }
    public ValueNoise Detail { get; }

    public int Width => Terrain.Width;
    public int Height => Terrain.Height;
    public int Horizon => Terrain.HorizonY;

    /// <summary>The short side in pixels: the yardstick for sizes, so a picture looks the same at 512 and 1024.</summary>
    public float Unit => Math.Min(Width, Height);

    public bool Has(string name) => Scene.Has(name);

    /// <summary>How much bigger than usual to paint a background element ("make the sun bigger"); 1 when it is not there.</summary>
    public float ScaleOf(string name) => Scene.Elements.FirstOrDefault(e => e.Name == name)?.Scale ?? 1f;

    /// <summary>Whether the text excludes any of these ("no trees", "without the moon"): a painter then leaves out what it would draw by itself.</summary>
    public bool Excludes(params string[] names) => names.Any(Scene.Negated.Contains);

    /// <summary>
    /// The colour of leaves and grass in the scene's season: autumn turns green to gold, orange and red (each tree,
    /// chosen by <paramref name="variety"/> in 0..1, its own), spring to a fresh light green; otherwise unchanged.
    /// </summary>
    public Rgb Foliage(Rgb green, float variety)
    {
        if (Has(BackgroundNames.Autumn))
        {
            var brightness = (green.R + green.G + green.B) / 3 / 0.3f;
            var hue = variety < 0.4f ? Rgb.Lerp(new Rgb(0.86f, 0.62f, 0.14f), new Rgb(0.88f, 0.42f, 0.1f), variety / 0.4f)
                : variety < 0.8f ? Rgb.Lerp(new Rgb(0.88f, 0.42f, 0.1f), new Rgb(0.68f, 0.16f, 0.08f), (variety - 0.4f) / 0.4f)
                : Rgb.Lerp(new Rgb(0.68f, 0.16f, 0.08f), new Rgb(0.45f, 0.5f, 0.16f), (variety - 0.8f) / 0.2f);
            return hue * Math.Clamp(brightness, 0.45f, 1.1f);
        }
        if (Has(BackgroundNames.Spring)) return Rgb.Lerp(green, new Rgb(0.5f, 0.78f, 0.32f) * ((green.R + green.G + green.B) / 3 / 0.33f), 0.45f);
        return green;
    }

    /// <summary>A random source for one layer, independent of the other layers.</summary>
    public Random RandomFor(string layer) => new(StableHash.Combine(Seed, StableHash.Of(layer)));

    /// <summary>The sky's colour at a row (0 = top), before sun glow and clouds; also what calm water reflects.</summary>
    public Rgb SkyColor(float y)
    {
        var a = Atmosphere;
        var t = Math.Clamp(y / Math.Max(1, Horizon), 0, 1);
        return t < 0.55f
            ? Rgb.Lerp(a.SkyTop, a.SkyMid, ColorMath.SmoothStep(0, 1, t / 0.55f))
            : Rgb.Lerp(a.SkyMid, a.SkyHorizon, ColorMath.SmoothStep(0, 1, (t - 0.55f) / 0.45f));
    }

    /// <summary>Distant things take on the colour of the air: <paramref name="haze"/> 0 keeps the colour, 1 is the horizon sky.</summary>
    public Rgb Aerial(Rgb color, float haze) => Rgb.Lerp(color, Atmosphere.SkyHorizon, Math.Clamp(haze, 0, 1));

    /// <summary>Runs <paramref name="body"/> for each row in [from, to), in parallel; bodies must only write their own row.</summary>
    public static void Rows(int from, int to, Action<int> body)
    {
        if (to <= from) return;
        Parallel.For(from, to, body);
    }
}

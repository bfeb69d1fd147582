namespace Easel.Pipeline.Scene;

/// <summary>
/// The canonical names of background (scenery) elements. Text analysis maps words in both languages onto
/// these (e.g. "meadow" -> grass, "ocean" -> sea, "草地" -> grass); the initial renderer draws each of them.
/// </summary>
public static class BackgroundNames
{
    // Sky and light
    public const string Sky = "sky";
    public const string Cloud = "cloud";
    public const string DarkCloud = "dark cloud";
    public const string Sun = "sun";
    public const string Moon = "moon";
    public const string Star = "star";
    public const string Rainbow = "rainbow";
    public const string Night = "night";
    public const string Sunset = "sunset";
    public const string Sunrise = "sunrise";

    // Seasons: the colour of the foliage and the grass (winter is snow, summer the sun).
    public const string Spring = "spring";
    public const string Autumn = "autumn";

    // Weather
    public const string Rain = "rain";
    public const string Snow = "snow";
    public const string Fog = "fog";
    public const string Lightning = "lightning";

    // Water
    public const string Sea = "sea";
    public const string Beach = "beach";
    public const string Lake = "lake";
    public const string Pond = "pond";
    public const string River = "river";

    // Land
    public const string Grass = "grass";
    public const string Field = "field";
    public const string Mountain = "mountain";
    public const string Hill = "hill";
    public const string Forest = "forest";
    public const string Desert = "desert";
    public const string City = "city";
    public const string Garden = "garden";
    public const string Island = "island";

    // Scenery features, each painted by a painter of its own (Initial/).
    public const string Waterfall = "waterfall";
    public const string Iceberg = "iceberg";
    public const string Cliff = "cliff";
    public const string Headland = "headland";
    public const string Canyon = "canyon";
    public const string Terraces = "rice terrace";

    public static IReadOnlyList<string> All { get; } =
    [
        Sky, Cloud, DarkCloud, Sun, Moon, Star, Rainbow, Night, Sunset, Sunrise,
        Spring, Autumn,
        Rain, Snow, Fog, Lightning,
        Sea, Beach, Lake, Pond, River,
        Grass, Field, Mountain, Hill, Forest, Desert, City, Garden, Island,
        Waterfall, Iceberg, Cliff, Headland, Canyon, Terraces,
    ];

    public static bool IsBackground(string name) => All.Contains(name);
}

namespace Easel.Pipeline.Layout;

/// <summary>
/// Which elements fly, float or stand, and how big they are, keyed by element name (English singular, the names
/// of the emoji vocabulary). Names not listed fall back on their last word ("red fox" -> fox) and on a few
/// word families ("... tree", "... boat"); anything else stands on the ground at the size of a medium animal.
/// </summary>
public static class ElementProfiles
{
    private static readonly ElementProfile Animal = new(Habitat.Ground, 1.0f, 0.05f);

    private static readonly Dictionary<string, ElementProfile> Table = Build();

    public static ElementProfile For(string name)
    {
        if (Table.TryGetValue(name, out var profile)) return profile;
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace >= 0 && Table.TryGetValue(name[(lastSpace + 1)..], out profile)) return profile;
        if (name.EndsWith("tree", StringComparison.Ordinal)) return Table["tree"];
        if (name.EndsWith("boat", StringComparison.Ordinal) || name.EndsWith("ship", StringComparison.Ordinal)) return Table["boat"];
        if (name.EndsWith("bird", StringComparison.Ordinal)) return Table["bird"];
        if (name.EndsWith("flower", StringComparison.Ordinal)) return Table["flower"];
        return Animal;
    }

    private static Dictionary<string, ElementProfile> Build()
    {
        var table = new Dictionary<string, ElementProfile>(StringComparer.Ordinal);
        void Add(Habitat habitat, float scale, float sink, params string[] names)
        {
            foreach (var n in names) table[n] = new ElementProfile(habitat, scale, sink);
        }

        // Fliers: birds on the wing, insects, aircraft, balloons.
        Add(Habitat.Sky, 0.5f, 0, "bird", "dove", "crane", "seagull", "gull", "swallow", "bat", "black bird");
        Add(Habitat.Sky, 0.7f, 0, "eagle", "hawk", "phoenix", "owl", "parrot");
        Add(Habitat.Sky, 0.38f, 0, "butterfly", "bee", "honeybee", "dragonfly", "fly", "mosquito", "firefly", "feather", "wing");
        Add(Habitat.Sky, 0.9f, 0, "airplane", "small airplane", "plane", "helicopter", "rocket", "flying saucer", "ufo",
            "hot air balloon", "parachute", "dragon", "angel", "satellite");
        Add(Habitat.Sky, 0.55f, 0, "balloon", "kite", "comet", "shooting star");

        // On the water: boats sit in it; birds and plants float on it; sea animals break its surface.
        Add(Habitat.Water, 1.2f, 0.2f, "boat", "sailboat", "canoe", "kayak", "rowboat", "speedboat", "motor boat", "yacht");
        Add(Habitat.Water, 1.8f, 0.16f, "ship", "passenger ship", "ferry", "cruise ship", "pirate ship");
        Add(Habitat.Water, 0.7f, 0.16f, "duck", "swan", "goose on water", "penguin on water");
        Add(Habitat.Water, 0.55f, 0.22f, "lotus", "water lily", "lily pad");
        Add(Habitat.Water, 0.75f, 0.3f, "fish", "tropical fish", "blowfish", "dolphin", "shark", "octopus", "jellyfish", "seal");
        Add(Habitat.Water, 1.6f, 0.3f, "whale", "spouting whale");
        Add(Habitat.Water, 1.1f, 0.22f, "surfer", "person surfing", "swimmer", "person swimming", "person rowing boat");

        // Standing on the ground, by size.
        Add(Habitat.Ground, 2.6f, 0.03f, "tree", "deciduous tree", "evergreen tree", "palm tree", "pine tree", "christmas tree",
            "cherry tree", "cherry blossom tree", "maple tree", "willow");
        Add(Habitat.Ground, 1.9f, 0.04f, "house", "home", "house with garden", "building", "castle", "japanese castle", "church",
            "temple", "shrine", "pagoda", "mosque", "tower", "windmill", "lighthouse", "barn", "hut", "cabin", "stadium");
        Add(Habitat.Ground, 1.35f, 0.04f, "tent", "camping", "cactus", "snowman", "volcano", "fountain", "train", "locomotive", "bus",
            "elephant", "giraffe", "dinosaur", "sauropod", "t-rex", "mammoth", "camel", "two-hump camel", "rhinoceros", "hippopotamus");
        Add(Habitat.Ground, 1.25f, 0.05f, "horse", "unicorn", "cow", "ox", "water buffalo", "bison", "moose", "deer", "zebra", "bear",
            "polar bear", "llama", "car", "automobile", "taxi", "truck", "tractor", "racing car", "bicycle", "motorcycle");
        Add(Habitat.Ground, 1.1f, 0.05f, "kangaroo", "person", "man", "woman", "child", "boy", "girl", "dancer", "woman dancing",
            "man dancing", "people", "couple", "runner", "person running", "person walking", "farmer", "cook", "artist",
            "gorilla", "orangutan", "lion", "tiger", "leopard", "wolf", "pig", "sheep", "ram", "goat", "ewe", "ostrich", "flamingo",
            "peacock", "crocodile", "panda", "koala", "monkey");
        Add(Habitat.Ground, 0.9f, 0.05f, "dog", "puppy", "goose", "fox", "raccoon", "beaver", "badger", "otter", "turkey", "rooster",
            "swan on land", "penguin", "guide dog", "service dog", "poodle", "wolf cub", "boar", "sloth", "kid", "baby");
        Add(Habitat.Ground, 0.8f, 0.05f, "cat", "kitten", "black cat", "rabbit", "bunny", "chicken", "hen", "chick", "baby chick",
            "turtle", "tortoise", "hedgehog", "skunk", "dodo", "lizard", "snake", "crab", "lobster", "frog");
        Add(Habitat.Ground, 0.5f, 0.06f, "mouse", "rat", "hamster", "chipmunk", "squirrel", "snail", "ladybug", "lady beetle", "beetle",
            "ant", "spider", "cricket", "scorpion", "worm", "mushroom");
        Add(Habitat.Ground, 0.5f, 0.05f, "flower", "rose", "tulip", "hibiscus", "cherry blossom", "blossom", "daisy", "white flower",
            "wilted flower", "bouquet", "hyacinth", "potted plant", "seedling", "herb", "four leaf clover", "shamrock",
            "gift", "present", "basket", "umbrella", "guitar", "violin", "drum", "apple", "pumpkin", "jack-o-lantern", "candle");
        Add(Habitat.Ground, 0.85f, 0.05f, "sunflower", "sheaf of rice", "bamboo", "tanabata tree", "pine decoration", "rock", "stone");
        return table;
    }
}

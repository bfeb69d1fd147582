namespace Easel.Tools.ImportEmoji;

/// <summary>
/// The emoji Easel paints as foreground elements: CLDR English name -> Easel's element name (null keeps the CLDR
/// name). Chosen for things that stand in a landscape or a still life: animals, plants, vehicles, buildings,
/// people doing things, objects. Faces, symbols and flags are left out.
/// </summary>
static class Curated
{
    public static readonly IReadOnlyDictionary<string, string?> Names = new Dictionary<string, string?>
    {
        // mammals
        ["monkey"] = null, ["gorilla"] = null, ["orangutan"] = null, ["dog"] = null, ["poodle"] = null, ["wolf"] = null,
        ["fox"] = null, ["raccoon"] = null, ["cat"] = null, ["black cat"] = null, ["lion"] = null, ["tiger"] = null,
        ["leopard"] = null, ["moose"] = null, ["donkey"] = null, ["horse"] = null, ["unicorn"] = null, ["zebra"] = null,
        ["deer"] = null, ["bison"] = null, ["ox"] = null, ["water buffalo"] = null, ["cow"] = null, ["pig"] = null,
        ["boar"] = null, ["ram"] = null, ["ewe"] = "sheep", ["goat"] = null, ["camel"] = null, ["two-hump camel"] = "bactrian camel",
        ["llama"] = null, ["giraffe"] = null, ["elephant"] = null, ["mammoth"] = null, ["rhinoceros"] = null,
        ["hippopotamus"] = null, ["mouse"] = null, ["rat"] = null, ["hamster"] = null, ["rabbit"] = null,
        ["chipmunk"] = null, ["beaver"] = null, ["hedgehog"] = null, ["bat"] = null, ["bear"] = null,
        ["polar bear"] = null, ["koala"] = null, ["panda"] = null, ["sloth"] = null, ["otter"] = null, ["skunk"] = null,
        ["kangaroo"] = null, ["badger"] = null,
        // birds
        ["turkey"] = null, ["chicken"] = null, ["rooster"] = null, ["baby chick"] = "chick", ["bird"] = null,
        ["penguin"] = null, ["dove"] = null, ["eagle"] = null, ["duck"] = null, ["swan"] = null, ["owl"] = null,
        ["flamingo"] = null, ["peacock"] = null, ["parrot"] = null, ["black bird"] = "crow", ["goose"] = null,
        ["phoenix"] = null,
        // amphibians, reptiles, sea life, insects
        ["frog"] = null, ["crocodile"] = null, ["turtle"] = null, ["lizard"] = null, ["snake"] = null, ["dragon"] = null,
        ["sauropod"] = "dinosaur", ["T-Rex"] = "t-rex", ["spouting whale"] = "whale", ["dolphin"] = null, ["orca"] = null,
        ["seal"] = null, ["fish"] = null, ["tropical fish"] = null, ["blowfish"] = null, ["shark"] = null,
        ["octopus"] = null, ["spiral shell"] = "shell", ["coral"] = null, ["jellyfish"] = null, ["crab"] = null,
        ["lobster"] = null, ["shrimp"] = null, ["squid"] = null, ["snail"] = null, ["butterfly"] = null, ["ant"] = null,
        ["honeybee"] = "bee", ["lady beetle"] = "ladybug", ["beetle"] = null, ["cricket"] = null, ["spider"] = null,
        ["scorpion"] = null,
        // plants
        ["bouquet"] = null, ["cherry blossom"] = null, ["lotus"] = null, ["rose"] = null, ["wilted flower"] = null,
        ["hibiscus"] = null, ["sunflower"] = null, ["blossom"] = "flower", ["tulip"] = null, ["hyacinth"] = null,
        ["seedling"] = null, ["potted plant"] = null, ["evergreen tree"] = "pine tree", ["deciduous tree"] = "tree",
        ["palm tree"] = null, ["cactus"] = null, ["sheaf of rice"] = "rice", ["herb"] = null, ["four leaf clover"] = "clover",
        ["maple leaf"] = null, ["fallen leaf"] = null, ["mushroom"] = null, ["leafless tree"] = "bare tree", ["rock"] = null,
        ["wood"] = "log",
        // buildings and landmarks
        ["classical building"] = null, ["hut"] = null, ["house"] = null, ["house with garden"] = "cottage",
        ["derelict house"] = null, ["office building"] = null, ["hospital"] = null, ["school"] = null, ["factory"] = null,
        ["Japanese castle"] = "japanese castle", ["castle"] = null, ["Tokyo tower"] = "tokyo tower",
        ["Statue of Liberty"] = "statue of liberty", ["church"] = null, ["mosque"] = null, ["hindu temple"] = "temple",
        ["shinto shrine"] = "shrine", ["stadium"] = null, ["mount fuji"] = null, ["fountain"] = null, ["tent"] = null,
        ["ferris wheel"] = null, ["carousel horse"] = "carousel", ["circus tent"] = null, ["bridge at night"] = "bridge",
        // vehicles
        ["anchor"] = null, ["sailboat"] = null, ["canoe"] = null, ["speedboat"] = null, ["passenger ship"] = "cruise ship",
        ["ferry"] = null, ["motor boat"] = null, ["ship"] = null, ["airplane"] = null, ["small airplane"] = null,
        ["parachute"] = null, ["helicopter"] = null, ["rocket"] = null, ["flying saucer"] = "ufo",
        ["locomotive"] = "train", ["bus"] = null, ["automobile"] = "car", ["taxi"] = null, ["pickup truck"] = null,
        ["tractor"] = null, ["bicycle"] = null, ["motor scooter"] = "scooter", ["motorcycle"] = null,
        ["fire engine"] = null, ["ambulance"] = null, ["racing car"] = null,
        // people
        ["baby"] = null, ["child"] = null, ["boy"] = null, ["girl"] = null, ["person"] = null, ["man"] = null,
        ["woman"] = null, ["old man"] = null, ["old woman"] = null, ["person walking"] = "walker", ["person running"] = "runner",
        ["ballet dancer"] = null, ["woman dancing"] = "dancer", ["person climbing"] = "climber", ["skier"] = null,
        ["snowboarder"] = null, ["person golfing"] = "golfer", ["person surfing"] = "surfer",
        ["person rowing boat"] = "rowboat", ["person swimming"] = "swimmer", ["person biking"] = "cyclist",
        ["horse racing"] = "jockey", ["person juggling"] = "juggler",
        // objects
        ["red apple"] = "apple", ["banana"] = null, ["grapes"] = null, ["watermelon"] = null, ["strawberry"] = null,
        ["cherries"] = null, ["lemon"] = null, ["pear"] = null, ["peach"] = null, ["pineapple"] = null,
        ["tangerine"] = "orange", ["teapot"] = null, ["teacup without handle"] = "teacup", ["wine glass"] = null,
        ["bread"] = null, ["birthday cake"] = "cake", ["candle"] = null, ["books"] = null, ["red paper lantern"] = "lantern",
        ["umbrella"] = null, ["kite"] = null, ["balloon"] = null, ["wrapped gift"] = "gift", ["teddy bear"] = null,
        ["snowman without snow"] = "snowman", ["Christmas tree"] = "christmas tree", ["jack-o-lantern"] = null,
        ["fireworks"] = null, ["fishing pole"] = null, ["chair"] = null, ["guitar"] = null, ["violin"] = null,
        ["musical keyboard"] = "piano", ["drum"] = null, ["trumpet"] = null, ["saxophone"] = null, ["harp"] = null,
        ["flute"] = null, ["accordion"] = null, ["bell"] = null, ["crystal ball"] = null, ["telescope"] = null,
        ["hourglass done"] = "hourglass", ["basket"] = null, ["soccer ball"] = null,
    };
}

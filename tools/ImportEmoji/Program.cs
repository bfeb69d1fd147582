// Generates Easel's emoji asset pack (assets/emoji/*.png) and the foreground lexicon
// (src/Pipeline/Text/Data/foreground.json) from the npm packages of this folder:
//   @lobehub/fluent-emoji-3d (MIT, the images), cldr-annotations-full (Unicode licence, names and keywords),
//   emojibase-data (MIT, names and tags). See README.md.
// Usage: dotnet run -- [--repo <repo root>] [--size 192]
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

var toolDir = Directory.GetCurrentDirectory();
var repo = Path.GetFullPath(Path.Combine(toolDir, "..", ".."));
var size = 256;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--repo") repo = Path.GetFullPath(args[i + 1]);
    if (args[i] == "--size") size = int.Parse(args[i + 1]);
}

var modules = Path.Combine(toolDir, "node_modules");
var fluentDir = Path.Combine(modules, "@lobehub", "fluent-emoji-3d", "assets");
if (!Directory.Exists(fluentDir))
{
    Console.Error.WriteLine($"{fluentDir} not found: run `npm install` in {toolDir} first.");
    return 2;
}

var entries = ReadCurated(Path.Combine(toolDir, "curated.txt"));
var cldrEn = ReadCldr(Path.Combine(modules, "cldr-annotations-full", "annotations", "en", "annotations.json"));
var cldrZh = ReadCldr(Path.Combine(modules, "cldr-annotations-full", "annotations", "zh", "annotations.json"));
var baseEn = ReadEmojibase(Path.Combine(modules, "emojibase-data", "en", "data.json"));
var baseZh = ReadEmojibase(Path.Combine(modules, "emojibase-data", "zh", "data.json"));

// Words other data files own (background, topics, emotions, styles): a CLDR keyword such as "sea" (on ⛵)
// or "calm" (on 🪷) must not turn into a foreground thing.
var dataDir = Path.Combine(repo, "src", "Pipeline", "Text", "Data");
var reserved = new HashSet<string>(StringComparer.Ordinal);
foreach (var path in new[] { "background.json", "topics.json", "emotions.json" }.Select(f => Path.Combine(dataDir, f))
             .Append(Path.Combine(repo, "src", "Pipeline", "Style", "Data", "styles.json")))
{
    if (File.Exists(path)) CollectWords(JsonNode.Parse(File.ReadAllText(path)), reserved);
}
var stop = File.ReadAllLines(Path.Combine(toolDir, "stopwords.txt"))
    .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

// Words by priority: the curated extra words and the element names first, then CLDR/emojibase names,
// then keywords; a keyword two elements share says nothing about either and is dropped.
var lexicon = new Dictionary<string, Dictionary<string, string>> { ["en"] = new(), ["zh"] = new() };
void Claim(string lang, string word, string element, bool curated = false)
{
    word = Normalize(word, lang);
    if (word.Length == 0 || (!curated && stop.Contains(word))) return;
    if (reserved.Contains(word) && !entries.Any(e => e.Name == element && (e.En.Contains(word) || e.Zh.Contains(word) || e.Name == word))) return;
    lexicon[lang].TryAdd(word, element);
}
foreach (var e in entries)
{
    Claim("en", e.Name, e.Name, curated: true);
    foreach (var w in e.En) Claim("en", w, e.Name, curated: true);
    foreach (var w in e.Zh) Claim("zh", w, e.Name, curated: true);
}
foreach (var e in entries.Where(e => e.Emoji is not null))
{
    foreach (var w in Names(cldrEn, baseEn, e.Emoji!)) Claim("en", w, e.Name);
    foreach (var w in Names(cldrZh, baseZh, e.Emoji!)) Claim("zh", w, e.Name);
}
foreach (var lang in new[] { "en", "zh" })
{
    var (cldr, emojibase) = lang == "en" ? (cldrEn, baseEn) : (cldrZh, baseZh);
    var owners = new Dictionary<string, HashSet<string>>();
    foreach (var e in entries.Where(e => e.Emoji is not null))
    {
        foreach (var w in Keywords(cldr, emojibase, e.Emoji!))
        {
            var word = Normalize(w, lang);
            if (!owners.TryGetValue(word, out var set)) owners[word] = set = [];
            set.Add(e.Name);
        }
    }
    foreach (var (word, set) in owners.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        if (set.Count == 1 && !reserved.Contains(word) && IsUsefulKeyword(word, lang)) Claim(lang, word, set.First());
    }
}

// Images.
var assetDir = Path.Combine(repo, "assets", "emoji");
Directory.CreateDirectory(assetDir);
foreach (var old in Directory.GetFiles(assetDir, "*.png")) File.Delete(old);
var encoder = new PngEncoder { ColorType = PngColorType.RgbWithAlpha, CompressionLevel = PngCompressionLevel.BestCompression };
long bytes = 0;
foreach (var e in entries.Where(e => e.Hex is not null))
{
    var file = FindImage(fluentDir, e.Hex!) ?? throw new InvalidOperationException($"No Fluent Emoji 3D image for {e.Name} ({e.Hex}).");
    using var image = Image.Load<Rgba32>(file);
    if (image.Width > size || image.Height > size) image.Mutate(x => x.Resize(size, size, KnownResamplers.Lanczos3));
    var target = Path.Combine(assetDir, e.Name + ".png");
    image.SaveAsPng(target, encoder);
    bytes += new FileInfo(target).Length;
}

// Lexicon.
var json = new JsonObject
{
    ["about"] = "Generated by tools/ImportEmoji from @lobehub/fluent-emoji-3d, cldr-annotations-full and emojibase-data (see tools/ImportEmoji/README.md). Do not edit: edit tools/ImportEmoji/curated.txt and rerun.",
    ["sources"] = new JsonObject
    {
        ["@lobehub/fluent-emoji-3d"] = PackageVersion("@lobehub/fluent-emoji-3d"),
        ["cldr-annotations-full"] = PackageVersion("cldr-annotations-full"),
        ["emojibase-data"] = PackageVersion("emojibase-data"),
    },
    ["elements"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
    {
        ["name"] = e.Name,
        ["emoji"] = e.Emoji,
        ["asset"] = e.Hex is not null,
        ["categories"] = new JsonArray(e.Categories.Select(c => (JsonNode)c).ToArray()),
        ["en"] = new JsonArray(lexicon["en"].Where(p => p.Value == e.Name).Select(p => (JsonNode)p.Key).ToArray()),
        ["zh"] = new JsonArray(lexicon["zh"].Where(p => p.Value == e.Name).Select(p => (JsonNode)p.Key).ToArray()),
    }).ToArray()),
};
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
Directory.CreateDirectory(dataDir);
File.WriteAllText(Path.Combine(dataDir, "foreground.json"), json.ToJsonString(options) + "\n");
File.Copy(Path.Combine(modules, "cldr-annotations-full", "LICENSE"), Path.Combine(dataDir, "LICENSE-CLDR.txt"), overwrite: true);
File.Copy(Path.Combine(modules, "emojibase-data", "LICENSE"), Path.Combine(dataDir, "LICENSE-emojibase.txt"), overwrite: true);

Console.WriteLine($"{entries.Count(e => e.Hex is not null)} images ({bytes / 1024} KiB at {size}px) -> {assetDir}");
Console.WriteLine($"{entries.Count} elements, {lexicon["en"].Count} English and {lexicon["zh"].Count} Chinese words -> {dataDir}/foreground.json");
return 0;

string PackageVersion(string name) =>
    JsonNode.Parse(File.ReadAllText(Path.Combine(modules, name, "package.json")))!["version"]!.GetValue<string>();

static List<Curated> ReadCurated(string path)
{
    var list = new List<Curated>();
    foreach (var raw in File.ReadAllLines(path))
    {
        var line = raw.Trim();
        if (line.Length == 0 || line.StartsWith('#')) continue;
        var parts = line.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length != 5) throw new FormatException($"curated.txt: expected 5 fields: {line}");
        var hex = parts[1] == "-" ? null : parts[1].ToLowerInvariant();
        var emoji = hex is null ? null : string.Concat(hex.Split('-').Select(h => char.ConvertFromUtf32(Convert.ToInt32(h, 16))));
        list.Add(new Curated(parts[0], hex, emoji, Split(parts[2]), Split(parts[3]), Split(parts[4])));
    }
    var dup = list.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
    if (dup is not null) throw new FormatException($"curated.txt: {dup.Key} twice");
    return list;

    static string[] Split(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

static Dictionary<string, (string[] Names, string[] Keywords)> ReadCldr(string path)
{
    var root = JsonNode.Parse(File.ReadAllText(path))!["annotations"]!["annotations"]!.AsObject();
    return root.ToDictionary(
        p => StripVariation(p.Key),
        p => (Strings(p.Value?["tts"]), Strings(p.Value?["default"])));
}

static Dictionary<string, (string[] Names, string[] Keywords)> ReadEmojibase(string path)
{
    var result = new Dictionary<string, (string[], string[])>();
    foreach (var node in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
    {
        var emoji = StripVariation(node!["emoji"]!.GetValue<string>());
        result.TryAdd(emoji, ([node["label"]!.GetValue<string>()], Strings(node["tags"])));
    }
    return result;
}

static string[] Strings(JsonNode? node) => node is JsonArray a ? a.Select(n => n!.GetValue<string>()).ToArray() : [];

static string StripVariation(string s) => s.Replace("\uFE0F", "").Replace("\uFE0E", "");

static IEnumerable<string> Names(
    Dictionary<string, (string[] Names, string[] Keywords)> cldr,
    Dictionary<string, (string[] Names, string[] Keywords)> emojibase, string emoji)
{
    var key = StripVariation(emoji);
    if (cldr.TryGetValue(key, out var c)) foreach (var n in c.Names) yield return n;
    if (emojibase.TryGetValue(key, out var b)) foreach (var n in b.Names.Where(n => !n.Contains(':'))) yield return n;
}

static IEnumerable<string> Keywords(
    Dictionary<string, (string[] Names, string[] Keywords)> cldr,
    Dictionary<string, (string[] Names, string[] Keywords)> emojibase, string emoji)
{
    var key = StripVariation(emoji);
    if (cldr.TryGetValue(key, out var c)) foreach (var n in c.Keywords) yield return n;
    if (emojibase.TryGetValue(key, out var b)) foreach (var n in b.Keywords) yield return n;
}

static string Normalize(string word, string lang)
{
    word = word.Trim().Replace('’', '\'');
    return lang == "en" ? Regex.Replace(word.ToLowerInvariant(), "\\s+", " ") : word;
}

// Keywords are noisy ("silly", "resort", "honk"); keep the ones that can name a thing in a sentence.
static bool IsUsefulKeyword(string word, string lang)
{
    if (word.Any(char.IsDigit) || word.Contains(':')) return false;
    if (lang == "zh") return word.Length is >= 2 and <= 4 && word.All(ch => ch >= '\u4e00' && ch <= '\u9fff');
    return word.Length >= 4 && word.Split(' ').Length <= 2 && Regex.IsMatch(word, "^[a-z][a-z' -]*$")
        && !word.EndsWith("ing") && !word.EndsWith("ly") && !word.EndsWith("ful") && !word.EndsWith("ous");
}

static void CollectWords(JsonNode? node, HashSet<string> into)
{
    switch (node)
    {
        case JsonObject o:
            foreach (var (key, value) in o)
            {
                if ((key is "en" or "zh") && value is JsonArray words)
                    foreach (var w in words) into.Add(Normalize(w!.GetValue<string>(), key));
                else CollectWords(value, into);
            }
            break;
        case JsonArray a:
            foreach (var n in a) CollectWords(n, into);
            break;
    }
}

static string? FindImage(string dir, string hex)
{
    string[] candidates = [hex, hex.Replace("-fe0f", ""), hex + "-fe0f", hex.Replace("-fe0f", "") + "-fe0f"];
    return candidates.Select(c => Path.Combine(dir, c + ".webp")).FirstOrDefault(File.Exists);
}

internal sealed record Curated(string Name, string? Hex, string? Emoji, string[] Categories, string[] En, string[] Zh);

// Generates Easel's glyph pack (assets/glyphs/<name>.svg) and the foreground lexicon
// (src/Pipeline/Text/Data/foreground.json) from the npm packages of this folder:
//   @iconify-json/noto (Apache-2.0, the default glyphs), @iconify-json/fluent-emoji-flat (MIT, where Noto lacks one
//   or curated.txt asks for it), cldr-annotations-full (Unicode licence, names and keywords), emojibase-data (MIT,
//   names, tags and the subgroups that decide what is a thing to draw). See README.md.
// Usage: dotnet run -- [--repo <repo root>]
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

var toolDir = Directory.GetCurrentDirectory();
var repo = Path.GetFullPath(Path.Combine(toolDir, "..", ".."));
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--repo") repo = Path.GetFullPath(args[i + 1]);
}

var modules = Path.Combine(toolDir, "node_modules");
if (!Directory.Exists(Path.Combine(modules, "@iconify-json", "noto")))
{
    Console.Error.WriteLine($"{modules}/@iconify-json/noto not found: run `npm install` in {toolDir} first.");
    return 2;
}

var sets = new Dictionary<string, IconSet>
{
    ["noto"] = IconSet.Read(Path.Combine(modules, "@iconify-json", "noto")),
    ["fluent"] = IconSet.Read(Path.Combine(modules, "@iconify-json", "fluent-emoji-flat")),
};
var subgroups = ReadSubgroups(Path.Combine(toolDir, "subgroups.txt"));
var profiles = ReadProfiles(Path.Combine(toolDir, "profiles.txt"));
// How a colour word repaints an element (bodies.txt): only the named ones differ from the default ("body").
var recolorScopes = DataLines(Path.Combine(toolDir, "bodies.txt"))
    .SelectMany(p => p[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => (Name: n, Scope: p[0])))
    .ToDictionary(x => x.Name, x => x.Scope, StringComparer.Ordinal);
var cldrEn = ReadCldr(Path.Combine(modules, "cldr-annotations-full", "annotations", "en", "annotations.json"));
var cldrZh = ReadCldr(Path.Combine(modules, "cldr-annotations-full", "annotations", "zh", "annotations.json"));
var baseEn = ReadEmojibase(Path.Combine(modules, "emojibase-data", "en", "data.json"));
var baseZh = ReadEmojibase(Path.Combine(modules, "emojibase-data", "zh", "data.json"));
var subgroupKeys = JsonNode.Parse(File.ReadAllText(Path.Combine(modules, "emojibase-data", "en", "messages.json")))!["subgroups"]!
    .AsArray().GroupBy(n => n!["order"]!.GetValue<int>()).ToDictionary(g => g.Key, g => g.First()!["key"]!.GetValue<string>());

// Words other data files own (background, topics, emotions, styles): a CLDR keyword such as "sea" (on ⛵)
// or "calm" (on 🪷) must not turn into a foreground thing.
var dataDir = Path.Combine(repo, "src", "Pipeline", "Text", "Data");
var reserved = new HashSet<string>(StringComparer.Ordinal);
var backgroundNames = new HashSet<string>(StringComparer.Ordinal);
string[] wordFiles = ["background.json", "topics.json", "emotions.json", "colors.json"];
foreach (var path in wordFiles.Select(f => Path.Combine(dataDir, f))
             .Append(Path.Combine(repo, "src", "Pipeline", "Style", "Data", "styles.json")))
{
    if (!File.Exists(path)) continue;
    var root = JsonNode.Parse(File.ReadAllText(path));
    CollectWords(root, reserved);
    if (path.EndsWith("background.json", StringComparison.Ordinal))
        foreach (var el in root!["elements"]!.AsArray()) backgroundNames.Add(el!["name"]!.GetValue<string>());
}
reserved.UnionWith(backgroundNames);
var stop = File.ReadAllLines(Path.Combine(toolDir, "stopwords.txt"))
    .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

// Elements: the curated ones first (their names, words and glyph choices are authoritative), then every emoji of
// a drawable subgroup that no curated element uses, named by its emojibase label.
var entries = ReadCurated(Path.Combine(toolDir, "curated.txt"));
var usedEmoji = entries.Where(e => e.Emoji is not null).Select(e => StripVariation(e.Emoji!)).ToHashSet(StringComparer.Ordinal);
var taken = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
foreach (var (emoji, info) in baseEn.OrderBy(p => p.Value.Order))
{
    if (info.Subgroup is not { } sg || !subgroupKeys.TryGetValue(sg, out var key) || !subgroups.ContainsKey(key)) continue;
    var name = Normalize(info.Names[0], "en");
    if (!Regex.IsMatch(name, "^[a-z][a-z -]*[a-z]$") || Regex.IsMatch(name, @"\b(face|button|hand|hands|symbol|sign)\b")) continue;
    if (usedEmoji.Contains(emoji) || taken.Contains(name) || reserved.Contains(name) || stop.Contains(name)) continue;
    // "books" (📚) beside "book": the plural must read as more of the thing, not as another element.
    if (name.EndsWith('s') && (taken.Contains(name[..^1]) || (name.EndsWith("es") && taken.Contains(name[..^2])))) continue;
    taken.Add(name);
    usedEmoji.Add(emoji);
    entries.Add(new Entry(name, info.Hex.ToLowerInvariant(), emoji, "noto", null, subgroups[key].Categories, [], [], Curated: false));
}
foreach (var e in entries)
{
    if (e.Emoji is not null && baseEn.TryGetValue(StripVariation(e.Emoji), out var b) && b.Subgroup is { } sg && subgroupKeys.TryGetValue(sg, out var key))
        e.Subgroup = key;
}

// Words by priority: the curated extra words and the element names first, then CLDR/emojibase names,
// then keywords of curated elements; a keyword two elements share says nothing about either and is dropped.
var lexicon = new Dictionary<string, Dictionary<string, string>> { ["en"] = new(), ["zh"] = new() };
void Claim(string lang, string word, string element, bool curated = false)
{
    word = Normalize(word, lang);
    if (word.Length == 0 || (!curated && stop.Contains(word))) return;
    if (reserved.Contains(word) && !entries.Any(e => e.Name == element && e.Curated && (e.En.Contains(word) || e.Zh.Contains(word) || e.Name == word))) return;
    lexicon[lang].TryAdd(word, element);
}
foreach (var e in entries.Where(e => e.Curated))
{
    Claim("en", e.Name, e.Name, curated: true);
    foreach (var w in e.En) Claim("en", w, e.Name, curated: true);
    foreach (var w in e.Zh) Claim("zh", w, e.Name, curated: true);
}
foreach (var e in entries.Where(e => !e.Curated)) Claim("en", e.Name, e.Name);
foreach (var e in entries.Where(e => e.Emoji is not null))
{
    foreach (var w in Names(cldrEn, baseEn, e.Emoji!)) Claim("en", w, e.Name);
    foreach (var w in Names(cldrZh, baseZh, e.Emoji!)) Claim("zh", w, e.Name);
}
foreach (var lang in new[] { "en", "zh" })
{
    var (cldr, emojibase) = lang == "en" ? (cldrEn, baseEn) : (cldrZh, baseZh);
    var owners = new Dictionary<string, HashSet<string>>();
    foreach (var e in entries.Where(e => e.Emoji is not null && e.Curated))
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

// Glyphs: one SVG per element, from the set its curated line names (Noto by default, Fluent Emoji Flat where Noto
// has none). Hand-made drawings (assets/drawings, preferred by the renderer) count as images too.
var glyphDir = Path.Combine(repo, "assets", "glyphs");
var drawingDir = Path.Combine(repo, "assets", "drawings");
Directory.CreateDirectory(glyphDir);
foreach (var old in Directory.GetFiles(glyphDir, "*.svg")) File.Delete(old);
long bytes = 0;
var used = new Dictionary<string, int>();
foreach (var e in entries.Where(e => e.Hex is not null))
{
    var order = e.Set == "fluent" ? new[] { "fluent", "noto" } : ["noto", "fluent"];
    var found = order.Select(s => (Set: s, Svg: sets[s].Svg(e.Hex!))).FirstOrDefault(g => g.Svg is not null);
    if (found.Svg is null)
    {
        if (e.Curated) throw new InvalidOperationException($"No glyph for {e.Name} ({e.Hex}).");
        continue;
    }
    e.Image = found.Set == "noto" ? "noto" : "fluent-emoji-flat";
    used[e.Image] = used.GetValueOrDefault(e.Image) + 1;
    var target = Path.Combine(glyphDir, e.Name + ".svg");
    File.WriteAllText(target, found.Svg);
    bytes += new FileInfo(target).Length;
}
foreach (var e in entries.Where(e => File.Exists(Path.Combine(drawingDir, e.Name + ".svg")))) e.Image = "drawing";

// Placement profile: the element's own line of profiles.txt, else its last word's, else its word family's, else
// its subgroup's default.
string[] families = ["tree", "boat", "ship", "bird", "flower"];
JsonArray ProfileOf(Entry e)
{
    var last = e.Name[(e.Name.LastIndexOf(' ') + 1)..];
    var family = families.FirstOrDefault(f => e.Name.EndsWith(f, StringComparison.Ordinal));
    var p = profiles.GetValueOrDefault(e.Name) ?? profiles.GetValueOrDefault(last)
        ?? (family is null ? null : profiles.GetValueOrDefault(family == "ship" ? "boat" : family))
        ?? (e.Subgroup is not null && subgroups.TryGetValue(e.Subgroup, out var sg) ? sg.Profile : null)
        ?? new Profile("ground", 0.6f, 0.05f);
    return [p.Habitat, p.Scale, p.Sink];
}

string FigureOf(Entry e)
{
    if (e.Image == "drawing") return "whole";
    if (e.Figure is not null) return e.Figure;
    return e.Subgroup is not null && subgroups.TryGetValue(e.Subgroup, out var sg) ? sg.Figure : "whole";
}

// Lexicon.
var json = new JsonObject
{
    ["about"] = "Generated by tools/ImportEmoji from @iconify-json/noto, @iconify-json/fluent-emoji-flat, cldr-annotations-full and emojibase-data (see tools/ImportEmoji/README.md). Do not edit: edit tools/ImportEmoji/curated.txt, profiles.txt, bodies.txt or subgroups.txt and rerun.",
    ["sources"] = new JsonObject
    {
        ["@iconify-json/noto"] = PackageVersion("@iconify-json/noto"),
        ["@iconify-json/fluent-emoji-flat"] = PackageVersion("@iconify-json/fluent-emoji-flat"),
        ["cldr-annotations-full"] = PackageVersion("cldr-annotations-full"),
        ["emojibase-data"] = PackageVersion("emojibase-data"),
    },
    ["elements"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
    {
        ["name"] = e.Name,
        ["emoji"] = e.Emoji,
        ["asset"] = e.Image is not null,
        ["image"] = e.Image,
        ["figure"] = FigureOf(e),
        ["profile"] = ProfileOf(e),
        ["recolor"] = recolorScopes.GetValueOrDefault(e.Name),
        ["categories"] = new JsonArray(e.Categories.Select(c => (JsonNode)c).ToArray()),
        ["en"] = new JsonArray(lexicon["en"].Where(p => p.Value == e.Name).Select(p => (JsonNode)p.Key).ToArray()),
        ["zh"] = new JsonArray(lexicon["zh"].Where(p => p.Value == e.Name).Select(p => (JsonNode)p.Key).ToArray()),
    }).ToArray()),
};
var options = new JsonSerializerOptions { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
Directory.CreateDirectory(dataDir);
// Only the elements bodies.txt names carry "recolor".
foreach (var el in json["elements"]!.AsArray().Select(n => n!.AsObject()).Where(o => o["recolor"] is null)) el.Remove("recolor");
// One element a line: small in git, readable in a diff.
var elementsJson = string.Join(",\n    ", json["elements"]!.AsArray().Select(n => n!.ToJsonString(options)));
json.Remove("elements");
var headJson = json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
File.WriteAllText(Path.Combine(dataDir, "foreground.json"), headJson[..headJson.LastIndexOf('}')].TrimEnd() + ",\n  \"elements\": [\n    " + elementsJson + "\n  ]\n}\n");
File.Copy(Path.Combine(modules, "cldr-annotations-full", "LICENSE"), Path.Combine(dataDir, "LICENSE-CLDR.txt"), overwrite: true);
File.Copy(Path.Combine(modules, "emojibase-data", "LICENSE"), Path.Combine(dataDir, "LICENSE-emojibase.txt"), overwrite: true);

Console.WriteLine($"{used.Values.Sum()} glyphs ({string.Join(", ", used.Select(p => $"{p.Value} {p.Key}"))}; {bytes / 1024} KiB) -> {glyphDir}");
Console.WriteLine($"{entries.Count} elements, {lexicon["en"].Count} English and {lexicon["zh"].Count} Chinese words -> {dataDir}/foreground.json");
return 0;

string PackageVersion(string name) =>
    JsonNode.Parse(File.ReadAllText(Path.Combine(modules, name, "package.json")))!["version"]!.GetValue<string>();

static List<Entry> ReadCurated(string path)
{
    var list = new List<Entry>();
    foreach (var raw in File.ReadAllLines(path))
    {
        var line = raw.Trim();
        if (line.Length == 0 || line.StartsWith('#')) continue;
        var parts = line.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length != 5) throw new FormatException($"curated.txt: expected 5 fields: {line}");
        // HEX[@set][!figure]: "1F98A!head", "1F426@fluent".
        var m = Regex.Match(parts[1], @"^(?<hex>[0-9A-Fa-f-]+|-)(@(?<set>\w+))?(!(?<figure>\w+))?$");
        if (!m.Success) throw new FormatException($"curated.txt: bad glyph field: {line}");
        var hex = m.Groups["hex"].Value == "-" ? null : m.Groups["hex"].Value.ToLowerInvariant();
        var emoji = hex is null ? null : string.Concat(hex.Split('-').Select(h => char.ConvertFromUtf32(Convert.ToInt32(h, 16))));
        list.Add(new Entry(parts[0], hex, emoji, m.Groups["set"].Success ? m.Groups["set"].Value : "noto",
            m.Groups["figure"].Success ? m.Groups["figure"].Value : null, Split(parts[2]), Split(parts[3]), Split(parts[4]), Curated: true));
    }
    var dup = list.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
    if (dup is not null) throw new FormatException($"curated.txt: {dup.Key} twice");
    return list;

    static string[] Split(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

static Dictionary<string, Subgroup> ReadSubgroups(string path) =>
    DataLines(path).ToDictionary(p => p[0], p => new Subgroup(
        p[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        new Profile(p[2], float.Parse(p[3], CultureInfo.InvariantCulture), float.Parse(p[4], CultureInfo.InvariantCulture)), p[5]));

static Dictionary<string, Profile> ReadProfiles(string path)
{
    var result = new Dictionary<string, Profile>(StringComparer.Ordinal);
    foreach (var p in DataLines(path))
    {
        var profile = new Profile(p[0], float.Parse(p[1], CultureInfo.InvariantCulture), float.Parse(p[2], CultureInfo.InvariantCulture));
        foreach (var name in p[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) result[name] = profile;
    }
    return result;
}

static IEnumerable<string[]> DataLines(string path) =>
    File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('|').Select(p => p.Trim()).ToArray());

static Dictionary<string, (string[] Names, string[] Keywords)> ReadCldr(string path)
{
    var root = JsonNode.Parse(File.ReadAllText(path))!["annotations"]!["annotations"]!.AsObject();
    return root.ToDictionary(
        p => StripVariation(p.Key),
        p => (Strings(p.Value?["tts"]), Strings(p.Value?["default"])));
}

static Dictionary<string, EmojiInfo> ReadEmojibase(string path)
{
    var result = new Dictionary<string, EmojiInfo>();
    foreach (var node in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
    {
        var emoji = StripVariation(node!["emoji"]!.GetValue<string>());
        result.TryAdd(emoji, new EmojiInfo([node["label"]!.GetValue<string>()], Strings(node["tags"]), node["hexcode"]!.GetValue<string>(),
            node["subgroup"]?.GetValue<int>(), node["order"]?.GetValue<int>() ?? int.MaxValue));
    }
    return result;
}

static string[] Strings(JsonNode? node) => node is JsonArray a ? a.Select(n => n!.GetValue<string>()).ToArray() : [];

static string StripVariation(string s) => s.Replace("\uFE0F", "").Replace("\uFE0E", "");

static IEnumerable<string> Names(Dictionary<string, (string[] Names, string[] Keywords)> cldr, Dictionary<string, EmojiInfo> emojibase, string emoji)
{
    var key = StripVariation(emoji);
    if (cldr.TryGetValue(key, out var c)) foreach (var n in c.Names) yield return n;
    if (emojibase.TryGetValue(key, out var b)) foreach (var n in b.Names.Where(n => !n.Contains(':'))) yield return n;
}

static IEnumerable<string> Keywords(Dictionary<string, (string[] Names, string[] Keywords)> cldr, Dictionary<string, EmojiInfo> emojibase, string emoji)
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

internal sealed record Entry(string Name, string? Hex, string? Emoji, string Set, string? Figure, string[] Categories, string[] En, string[] Zh, bool Curated)
{
    public string? Subgroup { get; set; }
    public string? Image { get; set; }
}

internal sealed record EmojiInfo(string[] Names, string[] Keywords, string Hex, int? Subgroup, int Order);

internal sealed record Profile(string Habitat, float Scale, float Sink);

internal sealed record Subgroup(string[] Categories, Profile Profile, string Figure);

/// <summary>An Iconify JSON icon set: SVG bodies by icon name, icon names by code point.</summary>
internal sealed class IconSet(Dictionary<string, string> chars, JsonObject icons, JsonObject aliases, int width, int height)
{
    public static IconSet Read(string folder)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "icons.json")))!.AsObject();
        var chars = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "chars.json")))!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        return new IconSet(chars, root["icons"]!.AsObject(), root["aliases"]?.AsObject() ?? [],
            root["width"]?.GetValue<int>() ?? 16, root["height"]?.GetValue<int>() ?? 16);
    }

    /// <summary>A standalone SVG document of the emoji with this hex code (emojibase form), or null.</summary>
    public string? Svg(string hex)
    {
        hex = hex.ToLowerInvariant();
        string[] candidates = [hex, hex.Replace("-fe0f", ""), hex + "-fe0f"];
        var name = candidates.Select(c => chars.GetValueOrDefault(c)).FirstOrDefault(n => n is not null);
        if (name is null) return null;
        for (var hops = 0; hops < 4 && icons[name] is null && aliases[name] is JsonObject alias; hops++) name = alias["parent"]!.GetValue<string>();
        if (icons[name] is not JsonObject icon) return null;
        var w = icon["width"]?.GetValue<int>() ?? width;
        var h = icon["height"]?.GetValue<int>() ?? height;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\">{icon["body"]!.GetValue<string>()}</svg>\n";
    }
}

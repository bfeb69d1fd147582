// Generates src/Pipeline/Text/Data/wordnet.json: English nouns the lexicon does not know, each mapped to the nearest
// drawable element through WordNet 3.0 (Debian wordnet-base): the noun's most frequent sense, then its synonyms,
// then its hypernyms up to a few levels ("puppy" -> dog, "cottage" -> house, "sedan" -> car). See README.md.
// Usage: dotnet run -- [--repo <repo root>] [--wordnet /usr/share/wordnet] [--depth 3]
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

var toolDir = Directory.GetCurrentDirectory();
var repo = Path.GetFullPath(Path.Combine(toolDir, "..", ".."));
var wordnet = "/usr/share/wordnet";
var depth = 3;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--repo") repo = Path.GetFullPath(args[i + 1]);
    if (args[i] == "--wordnet") wordnet = args[i + 1];
    if (args[i] == "--depth") depth = int.Parse(args[i + 1]);
}
if (!File.Exists(Path.Combine(wordnet, "data.noun")))
{
    Console.Error.WriteLine($"{wordnet}/data.noun not found: apt-get install wordnet-base");
    return 2;
}

// What the lexicon can already draw: every English word of a foreground or background element.
var dataDir = Path.Combine(repo, "src", "Pipeline", "Text", "Data");
var known = new Dictionary<string, string>(StringComparer.Ordinal);
var foreground = new HashSet<string>(StringComparer.Ordinal);
foreach (var file in new[] { "foreground.json", "background.json" })
{
    foreach (var el in JsonNode.Parse(File.ReadAllText(Path.Combine(dataDir, file)))!["elements"]!.AsArray())
    {
        var name = el!["name"]!.GetValue<string>();
        if (file == "foreground.json" && !el["asset"]!.GetValue<bool>()) continue; // only what can be drawn
        if (file == "foreground.json") foreground.Add(name);
        known.TryAdd(name, name);
        // Element names are precise; of the other words only the background's (hand-written) are: emoji keywords
        // are too loose to be a hypernym ("structure", "plate").
        if (file == "background.json")
            foreach (var w in el["en"]!.AsArray()) known.TryAdd(w!.GetValue<string>().ToLowerInvariant(), name);
    }
}
// Every word the lexicon already reads as an element is left to it.
var lexiconWords = new HashSet<string>(StringComparer.Ordinal);
foreach (var file in new[] { "foreground.json", "background.json" })
    foreach (var el in JsonNode.Parse(File.ReadAllText(Path.Combine(dataDir, file)))!["elements"]!.AsArray())
        foreach (var w in el!["en"]!.AsArray()) lexiconWords.Add(w!.GetValue<string>().ToLowerInvariant());
// Any other word the text stage reads (grammar, topics, emotions, colours, styles) keeps its meaning.
var reserved = new HashSet<string>(StringComparer.Ordinal);
string[] wordFiles = ["grammar.json", "topics.json", "emotions.json", "colors.json"];
foreach (var path in wordFiles.Select(f => Path.Combine(dataDir, f))
             .Append(Path.Combine(repo, "src", "Pipeline", "Style", "Data", "styles.json")))
    CollectWords(JsonNode.Parse(File.ReadAllText(path)), reserved);
var stop = File.ReadAllLines(Path.Combine(toolDir, "stopwords.txt")).Select(l => l.Trim())
    .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

// Lexicographer files of things one can see: animals, artifacts, food, objects, people, plants.
int[] drawable = [5, 6, 13, 17, 18, 20];
var synsets = new Dictionary<string, Synset>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(wordnet, "data.noun")))
{
    if (line.StartsWith(' ')) continue; // licence header
    var f = line.Split(' ');
    var lexFile = int.Parse(f[1]);
    var wordCount = Convert.ToInt32(f[3], 16);
    var words = Enumerable.Range(0, wordCount).Select(k => Lemma(f[4 + 2 * k])).ToArray();
    var at = 4 + 2 * wordCount;
    var pointerCount = int.Parse(f[at]);
    var hypernyms = new List<string>();
    for (var k = 0; k < pointerCount; k++)
    {
        var symbol = f[at + 1 + 4 * k];
        // Class hypernyms only: instance links would map proper names ("Lincoln", "Danube").
        if (symbol == "@" && f[at + 3 + 4 * k] == "n") hypernyms.Add(f[at + 2 + 4 * k]);
    }
    synsets[f[0]] = new Synset(lexFile, words, hypernyms);
}

var mapped = new SortedDictionary<string, JsonArray>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(wordnet, "index.noun")))
{
    if (line.StartsWith(' ')) continue;
    var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var lemma = Lemma(f[0]);
    if (!Regex.IsMatch(lemma, "^[a-z][a-z -]*[a-z]$") || lemma.Split(' ').Length > 2) continue;
    if (known.ContainsKey(lemma) || lexiconWords.Contains(lemma) || reserved.Contains(lemma) || stop.Contains(lemma)) continue;
    var senseCount = int.Parse(f[2]);
    var first = f[^senseCount]; // synset offsets come last, most frequent sense first
    if (!synsets.TryGetValue(first, out var sense) || !drawable.Contains(sense.LexFile)) continue;
    if (Nearest(first) is not { } hit) continue;
    mapped[lemma] = [hit.Element, hit.Via, hit.Steps == 0 ? "synonym" : "hypernym"];
}

var json = new JsonObject
{
    ["about"] = "Generated by tools/MapNouns from WordNet 3.0 (Debian wordnet-base; licence in LICENSE-WordNet.txt). Each noun the lexicon does not know -> [element, the WordNet word that matched, synonym|hypernym]: the noun's most frequent sense, its synonyms, then its hypernyms. Do not edit: rerun the tool.",
    ["nouns"] = new JsonObject(mapped.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
};
var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var body = string.Join(",\n    ", mapped.Select(p => $"{JsonSerializer.Serialize(p.Key, options)}: {p.Value.ToJsonString(options)}"));
File.WriteAllText(Path.Combine(dataDir, "wordnet.json"),
    $"{{\n  \"about\": {JsonSerializer.Serialize(json["about"]!.GetValue<string>(), options)},\n  \"nouns\": {{\n    {body}\n  }}\n}}\n");
File.Copy(Path.Combine(wordnet, "..", "doc", "wordnet-base", "copyright"), Path.Combine(dataDir, "LICENSE-WordNet.txt"), overwrite: true);
Console.WriteLine($"{mapped.Count} nouns mapped ({mapped.Count(p => foreground.Contains(p.Value[0]!.GetValue<string>()))} to foreground elements) -> {dataDir}/wordnet.json");
return 0;

// Breadth first over hypernyms from the noun's sense: the first synset with a word the lexicon knows.
(string Element, string Via, int Steps)? Nearest(string start)
{
    var frontier = new List<string> { start };
    var seen = new HashSet<string> { start };
    for (var steps = 0; steps <= depth && frontier.Count > 0; steps++)
    {
        foreach (var offset in frontier)
            // A synset's first words are its main names; later ones are rarer senses ("tugboat, tug, towboat, tower").
            foreach (var w in synsets[offset].Words.Take(2))
                if (known.TryGetValue(w, out var element)) return (element, w, steps);
        frontier = frontier.SelectMany(o => synsets[o].Hypernyms).Where(seen.Add).ToList();
    }
    return null;
}

static string Lemma(string s) => Regex.Replace(s.ToLowerInvariant().Replace('_', ' '), @"\(\w+\)$", "");

static void CollectWords(JsonNode? node, HashSet<string> into)
{
    switch (node)
    {
        case JsonObject o:
            foreach (var (key, value) in o)
            {
                if (key == "en" && value is JsonArray words)
                    foreach (var w in words) into.Add(w!.GetValue<string>().ToLowerInvariant());
                else if (value is JsonObject or JsonArray) CollectWords(value, into);
            }
            break;
        case JsonArray a:
            foreach (var n in a) CollectWords(n, into);
            break;
    }
}

internal sealed record Synset(int LexFile, string[] Words, List<string> Hypernyms);

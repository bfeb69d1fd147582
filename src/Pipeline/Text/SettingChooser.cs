using System.Collections.Frozen;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// Chooses the setting a painting is set in: a table top, a kitchen, a street, a savanna, the sea, a meadow…
/// A setting the text names wins ("a cup of coffee on a table", "在厨房里"); then the scenery it names (the sea,
/// a forest); then the things in it vote ("a photo of a fork" is a table, "a bus" a street, "a zebra" the
/// savanna), the first-named thing counting most. Words and weights live in Text/Data/settings.json.
/// </summary>
public sealed class SettingChooser
{
    private static readonly Lazy<SettingChooser> Shared = new(() => new SettingChooser(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The setting of a scene that names nothing to go by.</summary>
    public const string Meadow = "meadow";

    private readonly FrozenDictionary<string, string> namedEnglish;
    private readonly FrozenDictionary<string, string> namedChinese;
    private readonly FrozenDictionary<string, string> byObject;
    private readonly FrozenDictionary<string, string> byScenery;
    private readonly int maxWords;
    private readonly FrozenDictionary<string, string> supportOf;
    private readonly FrozenSet<string> paintedIndoors;
    private readonly FrozenSet<string> seenIndoors;
    private readonly FrozenSet<string> alsoIndoors;

    /// <summary>Things this big (a medium animal is 1) do not fit in a room: a tree, a house, a ship, a lighthouse.</summary>
    private const float RoomScale = 1.8f;

    public static SettingChooser Default => Shared.Value;

    /// <summary>Settings under a roof: no sky, sun or weather painted except through a window.</summary>
    public FrozenSet<string> Indoor { get; }

    private SettingChooser()
    {
        var data = EmbeddedData.Read("Text.Data.settings.json", DataFilesJsonContext.Default.SettingsFile);
        Indoor = data.Indoor.ToFrozenSet(StringComparer.Ordinal);
        var (en, zh) = WordMaps.ByWord(data.Named);
        namedEnglish = en;
        namedChinese = zh;
        byObject = Invert(data.Objects);
        byScenery = Invert(data.Scenery);
        supportOf = Invert(data.Supports);
        seenIndoors = data.SeenIndoors.ToFrozenSet(StringComparer.Ordinal);
        paintedIndoors = data.PaintedIndoors.ToFrozenSet(StringComparer.Ordinal);
        alsoIndoors = data.AlsoIndoors.ToFrozenSet(StringComparer.Ordinal);
        maxWords = en.Keys.Max(k => k.Split(' ').Length);

        // Each name to the first setting that lists it.
        static FrozenDictionary<string, string> Invert(IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (setting, names) in lists)
                foreach (var n in names) map.TryAdd(n, setting);
            return map.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    public bool IsIndoor(string? setting) => setting is not null && Indoor.Contains(setting);

    /// <summary>
    /// Scenery the text names that the setting cannot show: under a roof only the sky, the weather and far hills are
    /// seen through the window, so "a cat in the kitchen by the sea" reports the sea missing instead of dropping it.
    /// </summary>
    public IEnumerable<string> Unpainted(string? setting, IEnumerable<SceneElement> elements) =>
        IsIndoor(setting)
            ? elements.Where(e => e.Role == ElementRole.Background && e.Source == ElementSource.Explicit && !seenIndoors.Contains(e.Name)).Select(e => e.Name)
            : [];

    /// <summary>
    /// The things a setting paints itself, so that they are not drawn a second time as small sprites: the support
    /// of a table-top or shelf setting when it is named only to hold other things ("three cups on a table": the
    /// table top is painted, with the cups close up), and the window of a room ("by a rainy window"). Only an
    /// uncoloured single thing; relations to it are then held by the setting. Also a thing brought in only by the
    /// setting's own name when that name is one of its words too ("in the kitchen" is no kitchen knife), unless the
    /// thing is what the setting is furnished with (a sofa in the living room).
    /// </summary>
    public IReadOnlySet<string> Absorbed(string setting, IReadOnlyList<SceneElement> elements, IReadOnlyList<SceneRelation> relations) =>
        elements.Where(e => e.Role == ElementRole.Foreground && e.Count == 1 && e.Color is null
                && ((supportOf.GetValueOrDefault(e.Name) == setting && relations.Any(r => r.Object == e.Name && r.Relation == "on"))
                    || (IsIndoor(setting) && paintedIndoors.Contains(e.Name))
                    || (e.Cue != e.Name && NamesSetting(e.Cue) == setting && !supportOf.ContainsKey(e.Name) && byObject.GetValueOrDefault(e.Name) != setting)))
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

    private string? NamesSetting(string word) =>
        namedEnglish.TryGetValue(word, out var en) ? en : namedChinese.TryGetValue(word, out var zh) ? zh : null;

    public string Choose(IReadOnlyList<TextToken> tokens, IReadOnlyList<SceneElement> elements, IReadOnlyList<SceneRelation> relations)
    {
        if (Named(tokens) is { } named) return named;
        // Scenery the text names, explicitly, before anything implied; a place before the weather ("a snowy forest").
        foreach (var e in elements.Where(e => e.Role == ElementRole.Background).OrderBy(e => e.Source).ThenBy(e => e.Name == BackgroundNames.Snow))
            if (byScenery.TryGetValue(e.Name, out var s) && e.Source == ElementSource.Explicit) return s;
        // A support whose name is a room's word is that room ("两只猫在窗台上": cats on the windowsill, by the window).
        foreach (var r in relations.Where(r => r.Relation is "on" or "in" or "inside"))
            if (NamesSetting(r.Object) is { } room && IsIndoor(room)) return room;
        // What things stand on or in says where they are ("a dog on a bed" is in a bedroom): supports vote first.
        var supports = relations.Where(r => r.Relation is "on" or "in" or "inside" or "under").Select(r => r.Object);
        var things = elements.Where(e => e.Role == ElementRole.Foreground).Select(e => e.Name).ToList();
        // "a girl reading a book under a tree": the book votes for a table top, but no room holds the tree.
        var outdoorsOnly = things.Any(t => !alsoIndoors.Contains(t) && Layout.ElementProfiles.For(t) is { Habitat: Layout.Habitat.Ground, Scale: >= RoomScale });
        return FromObjects(supports.Intersect(things).Concat(things).Distinct().ToList(), outdoorsOnly)
            ?? elements.Where(e => e.Role == ElementRole.Background).Select(e => byScenery.GetValueOrDefault(e.Name)).FirstOrDefault(s => s is not null)
            ?? Meadow;
    }

    /// <summary>The setting the things of a scene imply, or null when none implies one. The first thing counts double.</summary>
    /// <param name="outdoorsOnly">Only outdoor settings get votes (something in the scene is too big for a room).</param>
    public string? FromObjects(IReadOnlyList<string> names, bool outdoorsOnly = false)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!byObject.TryGetValue(names[i], out var s) || (outdoorsOnly && IsIndoor(s))) continue;
            votes[s] = votes.GetValueOrDefault(s) + (i == 0 ? 2 : 1);
        }
        if (votes.Count == 0) return null;
        // Indoor things together make a room: a table and a kitchen appliance are a kitchen, a bed a bedroom.
        var best = votes.OrderByDescending(v => v.Value).ThenBy(v => Rank(v.Key)).First().Key;
        if (best == "table" && votes.Keys.FirstOrDefault(k => k is "kitchen" or "bedroom" or "living room" or "bathroom") is { } room) return room;
        return best;

        static int Rank(string s) => s switch { "kitchen" => 0, "bedroom" => 1, "living room" => 2, "bathroom" => 3, _ => 4 };
    }

    private string? Named(IReadOnlyList<TextToken> tokens)
    {
        // Each word with the token it came from: a phrase that is exactly one thing drawn on its own ("a dining
        // table right of an oven") is not the setting, but "soccer field" is, even when "soccer" brings a ball.
        var words = new List<(string Word, int Token, bool Thing)>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].IsBreak) { words.Add(("|", t, false)); continue; }
            var thing = tokens[t].Entry?.Foreground is not null;
            if (!thing && namedChinese.TryGetValue(tokens[t].Surface, out var zh)) return zh;
            foreach (var w in tokens[t].Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add((w, t, thing));
        }
        // Chinese words the lexicon split into characters ("厨" "房"), or read as a thing and a character ("窗" "边",
        // "窗" "台": by the window, the windowsill); a word that is all inside one thing's word is that thing ("窗户").
        var han = new System.Text.StringBuilder();
        var thingSpans = new List<(int Start, int End)>();
        foreach (var token in tokens)
        {
            if (token.IsBreak) { han.Append('|'); continue; }
            if (token.Entry?.Foreground is not null) thingSpans.Add((han.Length, han.Length + token.Surface.Length));
            han.Append(token.Surface);
        }
        var text = han.ToString();
        foreach (var (word, setting) in namedChinese.OrderByDescending(p => p.Key.Length))
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                if (!thingSpans.Any(t => t.Start <= at && at + word.Length <= t.End)) return setting;
        for (var i = 0; i < words.Count; i++)
            for (var n = Math.Min(maxWords, words.Count - i); n >= 1; n--)
            {
                var span = words.Skip(i).Take(n).ToList();
                var phrase = string.Join(' ', span.Select(w => w.Word));
                if (span.All(w => w.Thing && w.Token == span[0].Token) && tokens[span[0].Token].Entry?.Foreground == tokens[span[0].Token].Surface) continue;
                if (namedEnglish.TryGetValue(phrase, out var s)) return s;
                if (n == 1 && phrase.EndsWith('s') && namedEnglish.TryGetValue(phrase[..^1], out s)) return s;
            }
        return null;
    }
}

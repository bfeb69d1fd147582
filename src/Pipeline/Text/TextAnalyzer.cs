using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Reads a sentence (English or Chinese) into a scene: elements, roles, sources, counts, emotion.</summary>
/// <remarks>
/// One pass over the tokens finds what the text names (with counts and negation), its topic words and its
/// emotion cues; expansion and emotion elements are added afterwards, so a topic sees the whole sentence
/// ("sailing on a lake" brings a boat, not a sea).
/// </remarks>
public sealed class TextAnalyzer(Lexicon lexicon)
{
    /// <summary>How many tokens a count ("two … horses") or a negation ("no … clouds") reaches.</summary>
    private const int Reach = 4;

    /// <summary>The count of a plural with no number ("horses galloping").</summary>
    private const int PluralCount = 3;

    public TextAnalyzer() : this(Lexicon.Default)
    {
    }

    public SceneDescription Analyze(string prompt)
    {
        prompt ??= "";
        var tokens = lexicon.Tokenize(prompt);
        var elements = new List<SceneElement>();
        var negated = new List<string>();
        var topics = new List<(string Cue, IReadOnlyList<TopicAddition> Adds)>();
        var cues = new Dictionary<EmotionCategory, List<string>>();
        EmotionCategory? topicEmotion = null;

        int? count = null;
        var countReach = 0;
        var negationReach = 0;
        // A colour word waiting for the element token it describes ("a red … car").
        string? pendingColor = null;
        var pendingAt = -1;
        for (var at = 0; at < tokens.Count; at++)
        {
            var token = tokens[at];
            if (token.IsBreak)
            {
                count = null;
                negationReach = 0;
                continue;
            }
            var entry = token.Entry;
            countReach--;
            negationReach--;
            if (countReach <= 0) count = null;
            if (entry is null) continue;
            var negatedHere = negationReach > 0;
            switch (entry.Function)
            {
                case WordFunction.Count:
                    count = entry.Number;
                    countReach = Reach;
                    break;
                case WordFunction.Negation:
                    negationReach = Reach + 1;
                    count = null;
                    break;
                case WordFunction.Boundary:
                    // "no clouds or rain" keeps the negation; "no clouds and a boat" does not reach the boat.
                    negationReach = 0;
                    break;
            }

            if (entry.Color is { } color && !negatedHere)
            {
                var described = DescribedBy(tokens, at);
                if (described > at)
                {
                    pendingColor = color;
                    pendingAt = described;
                    continue;
                }
                if (described >= 0)
                {
                    // "the car is red": the element is already in the scene.
                    var i = elements.FindIndex(e => e.Name == tokens[described].Entry!.Foreground && e.Color is null);
                    if (i >= 0) elements[i] = elements[i] with { Color = color };
                    continue;
                }
                // A colour that describes nothing is no element either, unless it is also a thing ("an orange").
                if (entry.Foreground is null) continue;
            }

            if (entry.Element is { } name)
            {
                if (negatedHere)
                {
                    if (!negated.Contains(name)) negated.Add(name);
                    if (entry.Topic is null) continue;
                }
                else
                {
                    var role = entry.Background is not null ? ElementRole.Background : ElementRole.Foreground;
                    var n = role == ElementRole.Background ? 1 : count ?? (token.Plural ? PluralCount : 1);
                    var colorHere = role == ElementRole.Foreground && pendingAt == at ? pendingColor : null;
                    AddOrUpdate(elements, new SceneElement(name, role, ElementSource.Explicit, n, token.Surface, colorHere, entry.MappedFrom));
                    if (role == ElementRole.Foreground) count = null;
                }
            }
            if (negatedHere) continue;
            if (entry.Topic is { } adds) topics.Add((token.Surface, adds));
            if (entry.Emotion is { } feeling)
            {
                if (!cues.TryGetValue(feeling, out var list)) cues[feeling] = list = [];
                list.Add(token.Surface);
            }
            if (entry.TopicEmotion is { } te) topicEmotion ??= te;
        }

        // Topic expansion: what the topic words bring, unless the text already has it or excludes it.
        var expandedBy = new Dictionary<string, TopicAddition>(StringComparer.Ordinal);
        foreach (var (cue, adds) in topics)
        {
            foreach (var add in adds)
            {
                if (negated.Contains(add.Name) || elements.Any(e => e.Name == add.Name)) continue;
                if (add.Unless.Any(u => elements.Any(e => e.Name == u))) continue;
                if (add.UnlessCategory.Count > 0 && elements.Any(e => e.Role == ElementRole.Foreground
                        && lexicon.Foreground.TryGetValue(e.Name, out var f) && f.Categories.Intersect(add.UnlessCategory).Any()))
                    continue;
                var role = lexicon.RoleOf(add.Name);
                if (role is null) continue;
                elements.Add(new SceneElement(add.Name, role.Value, ElementSource.Expanded, 1, cue));
                expandedBy[add.Name] = add;
            }
        }
        // A later topic can bring what an earlier one would have deferred to ("a storm at sea … shipwreck":
        // the ship, so no extra sailboat).
        elements.RemoveAll(e => e.Source == ElementSource.Expanded && expandedBy.TryGetValue(e.Name, out var add)
            && add.Unless.Any(u => elements.Any(x => x.Name == u)));

        // Background that goes with background: stars are seen at night.
        foreach (var e in elements.ToArray())
        {
            if (e.Role != ElementRole.Background || !lexicon.Implies.TryGetValue(e.Name, out var implied)) continue;
            foreach (var name in implied)
            {
                if (negated.Contains(name) || elements.Any(x => x.Name == name) || Conflicts(name, elements)) continue;
                elements.Add(new SceneElement(name, ElementRole.Background, ElementSource.Expanded, 1, e.Cue));
            }
        }

        var emotion = ReadEmotion(cues, topicEmotion, tokens);
        if (emotion.Category != EmotionCategory.Neutral && lexicon.EmotionElements.TryGetValue(emotion.Category, out var carriers))
        {
            var cue = emotion.Cues.Count > 0 ? emotion.Cues[0] : emotion.Category.ToString().ToLowerInvariant();
            foreach (var name in carriers)
            {
                if (negated.Contains(name) || elements.Any(e => e.Name == name) || Conflicts(name, elements)) continue;
                elements.Add(new SceneElement(name, ElementRole.Background, ElementSource.Emotion, 1, cue));
            }
        }

        var relations = RelationParser.Default.Parse(tokens, elements);
        // Poses after relations (the person keeps its relations under its figure's name), before the setting (a
        // swimmer is at sea).
        (elements, relations) = ActivityReader.Default.Apply(tokens, elements, relations);
        var setting = SettingChooser.Default.Choose(tokens, elements, relations);
        var absorbed = SettingChooser.Default.Absorbed(setting, elements, relations);
        if (absorbed.Count > 0)
        {
            elements.RemoveAll(e => absorbed.Contains(e.Name));
            relations = [.. relations.Where(r => !absorbed.Contains(r.Object) && !absorbed.Contains(r.Subject))];
        }
        var missing = elements.Where(e => e.Role == ElementRole.Foreground && !lexicon.HasAsset(e.Name)).Select(e => e.Name)
            .Concat(SettingChooser.Default.Unpainted(setting, elements)).Distinct().ToArray();
        return new SceneDescription(prompt, elements, emotion, negated, null, Tone.Neutral, missing, relations, setting);
    }

    private bool Conflicts(string name, List<SceneElement> elements) =>
        lexicon.Conflicts.TryGetValue(name, out var against) && elements.Any(e => against.Contains(e.Name));

    private static void AddOrUpdate(List<SceneElement> elements, SceneElement element)
    {
        var at = elements.FindIndex(e => e.Name == element.Name);
        if (at < 0)
        {
            elements.Add(element);
            return;
        }
        // Named twice ("a horse … two horses"): keep the larger count, the first cue, the first colour given.
        var existing = elements[at];
        elements[at] = existing with { Count = Math.Max(existing.Count, element.Count), Color = existing.Color ?? element.Color };
    }

    /// <summary>How far a colour word looks for the thing it describes, in tokens.</summary>
    private const int ColorReach = 3;

    /// <summary>
    /// The index of the foreground element token the colour word at <paramref name="at"/> describes: the next thing
    /// named before a break, a boundary ("and") or another element ("a red car", "一只白色的鹅": unknown words such
    /// as "的" or "shiny" in between are skipped); else the thing just named ("the car is red"); else -1.
    /// </summary>
    private static int DescribedBy(IReadOnlyList<TextToken> tokens, int at)
    {
        var next = Scan(+1);
        return next >= 0 ? next : Scan(-1);

        int Scan(int step)
        {
            for (int j = at + step, n = 0; j >= 0 && j < tokens.Count && n < ColorReach; j += step, n++)
            {
                var e = tokens[j].Entry;
                if (tokens[j].IsBreak) return -1;
                if (e is null || (e.Color is not null && e.Foreground is null)) continue;
                // Looking back, a thing that is also a colour ("orange") is not what a later colour describes.
                return e.Foreground is not null && e.Background is null && (step > 0 || e.Color is null) ? j : -1;
            }
            return -1;
        }
    }

    /// <summary>The category with the most cues (the earliest cue breaks ties); else the topic's; else neutral.</summary>
    private static EmotionReading ReadEmotion(Dictionary<EmotionCategory, List<string>> cues, EmotionCategory? topicEmotion, IReadOnlyList<TextToken> tokens)
    {
        if (cues.Count == 0)
            return topicEmotion is { } t ? new EmotionReading(t, []) : EmotionReading.Neutral;
        int FirstAt(List<string> list) => tokens.ToList().FindIndex(tok => tok.Surface == list[0]);
        var best = cues.OrderByDescending(p => p.Value.Count).ThenBy(p => FirstAt(p.Value)).First();
        return new EmotionReading(best.Key, best.Value.Distinct().ToArray());
    }
}

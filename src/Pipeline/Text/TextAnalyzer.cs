using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>
/// Reads a sentence (English or Chinese) into a scene: the elements it names (explicit), the ones its topic
/// words imply (expanded: "sailing" -> sailboat, sea), the ones its emotion carries (emotion: "sad" -> dark
/// cloud, rain), each with role, count and cue; the emotion category; negated elements ("no clouds").
/// </summary>
public sealed class TextAnalyzer(Lexicon lexicon)
{
    /// <summary>How many words before an element a number or a negation still applies to it ("two brown horses", "no dark clouds").</summary>
    private const int Reach = 3;

    public TextAnalyzer() : this(Lexicon.Default) { }

    public SceneDescription Analyze(string prompt)
    {
        var scene = new SceneBuilder();
        var emotionCues = new List<(EmotionCategory Category, string Cue)>();
        var topicEmotions = new List<(EmotionCategory Category, string Cue)>();
        (int Count, int Position)? number = null;
        int? negation = null;

        foreach (var match in new Tokenizer(lexicon).Find(prompt))
        {
            var entry = match.Entry;
            switch (entry.Kind)
            {
                case EntryKind.Number:
                    number = (entry.Number, match.Position);
                    break;
                case EntryKind.Negation:
                    negation = match.Position;
                    break;
                case EntryKind.Emotion:
                    emotionCues.Add((entry.Emotion!.Value, match.Cue));
                    break;
                case EntryKind.Topic:
                    foreach (var element in entry.Elements!) scene.Add(element, ElementSource.Expanded, 1, match.Cue);
                    if (entry.Emotion is { } hint) topicEmotions.Add((hint, match.Cue));
                    break;
                case EntryKind.Foreground or EntryKind.Background:
                    if (negation is { } n && match.Position - n <= Reach)
                    {
                        scene.Negate(entry.Element!);
                        negation = null;
                        break;
                    }
                    var count = number is { } k && match.Position - k.Position <= Reach ? k.Count : match.Plural ? 3 : 1;
                    scene.Add(entry.Element!, ElementSource.Explicit, count, match.Cue);
                    number = null;
                    break;
            }
        }

        var emotion = ReadEmotion(emotionCues, topicEmotions);
        AddEmotionElements(scene, emotion, emotionCues.Concat(topicEmotions).Select(c => c.Cue).FirstOrDefault() ?? "");
        AddImpliedNight(scene);

        var missing = scene.Elements.Where(e => e.Role == ElementRole.Foreground && !lexicon.Foreground.ContainsKey(e.Name)).Select(e => e.Name);
        return new SceneDescription(prompt, [.. scene.Elements], emotion, [.. scene.Negated.Order(StringComparer.Ordinal)], null, Tone.Neutral, [.. missing]);
    }

    /// <summary>The category with most cue words (the first named wins a tie); else a topic's emotion; else neutral.</summary>
    private static EmotionReading ReadEmotion(List<(EmotionCategory Category, string Cue)> cues, List<(EmotionCategory Category, string Cue)> topics)
    {
        if (cues.Count == 0)
            return topics.Count == 0 ? EmotionReading.Neutral : new EmotionReading(topics[0].Category, []);
        var category = cues.GroupBy(c => c.Category).OrderByDescending(g => g.Count()).First().Key;
        return new EmotionReading(category, [.. cues.Where(c => c.Category == category).Select(c => c.Cue).Distinct()]);
    }

    /// <summary>Elements that carry the emotion, unless the text already holds them, excludes them, or says otherwise ("sun" at night).</summary>
    private void AddEmotionElements(SceneBuilder scene, EmotionReading emotion, string cue)
    {
        foreach (var element in lexicon.EmotionElements.GetValueOrDefault(emotion.Category, []))
        {
            var conflicts = lexicon.EmotionConflicts.GetValueOrDefault(element, []);
            if (scene.Has(element) || scene.IsNegated(element) || conflicts.Any(scene.Has)) continue;
            scene.Add(element, ElementSource.Emotion, 1, emotion.Cues.FirstOrDefault() ?? cue);
        }
    }

    /// <summary>Stars and a named moon are seen at night: the sky must be a night sky.</summary>
    private static void AddImpliedNight(SceneBuilder scene)
    {
        var cue = scene.Elements.FirstOrDefault(e => e.Name is BackgroundNames.Star || e is { Name: BackgroundNames.Moon, Source: ElementSource.Explicit });
        if (cue is null || scene.Has(BackgroundNames.Night) || scene.Has(BackgroundNames.Sunset) || scene.Has(BackgroundNames.Sunrise)) return;
        scene.Add(BackgroundNames.Night, ElementSource.Expanded, 1, cue.Cue);
    }
}

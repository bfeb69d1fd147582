using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Style;

/// <summary>Chooses the painting style from the text's elements, emotion and explicit style words, with reasons.</summary>
/// <remarks>
/// Each hint adds weight to a style: a style named in the text (weighted to win), element rules of
/// Style/Data/styles.json, and the emotion. A small share of the default mix keeps every style's score
/// above zero so the scores read as a distribution. A style asked for by name (--style, "make it a
/// watercolor") wins outright. Ties go to the order of <see cref="StyleNames.All"/>: deterministic.
/// </remarks>
public sealed class StyleDecider(Lexicon lexicon, StyleBook book)
{
    /// <summary>The share of the default mix blended into a decision that has hints.</summary>
    private const double Prior = 0.15;

    /// <summary>The share a requested style takes of the scores.</summary>
    private const double RequestShare = 0.8;

    public StyleDecider() : this(Lexicon.Default, StyleBook.Default)
    {
    }

    public StyleDecision Decide(SceneDescription scene)
    {
        var weights = StyleNames.All.ToDictionary(s => s, _ => 0.0);
        var reasons = new List<(double Weight, string Text)>();

        // Explicit style words in the prompt ("in ukiyo-e style", "like Monet", "水墨").
        foreach (var token in lexicon.Tokenize(scene.Prompt))
        {
            if (token.Entry?.Style is not { } style || !weights.ContainsKey(style)) continue;
            if (reasons.Any(r => r.Text.StartsWith($"'{token.Surface}'", StringComparison.Ordinal))) continue;
            weights[style] += book.ExplicitWeight;
            reasons.Add((book.ExplicitWeight, $"'{token.Surface}' asks for {style}"));
        }

        var present = scene.Elements.ToDictionary(e => e.Name, e => e, StringComparer.Ordinal);
        foreach (var rule in book.Rules)
        {
            if (!rule.All.All(present.ContainsKey)) continue;
            // What the text names counts fully; what topic or mood brought along, less.
            var weight = rule.Weight * rule.All.Min(n => present[n].Source switch
            {
                ElementSource.Explicit => 1.0,
                ElementSource.Expanded => 0.6,
                _ => 0.5,
            });
            weights[rule.Style] += weight;
            var cues = rule.All.Select(n => $"'{present[n].Cue}'").Distinct().ToArray();
            var why = cues.Length > 1 && rule.Why.StartsWith("suggests ", StringComparison.Ordinal) ? "suggest " + rule.Why["suggests ".Length..] : rule.Why;
            reasons.Add((weight, $"{string.Join(" and ", cues)} {why}"));
        }

        if (book.Emotions.TryGetValue(scene.Emotion.Category, out var byEmotion) && byEmotion.Count > 0)
        {
            var mood = scene.Emotion.Cues.Count > 0
                ? $"the {Name(scene.Emotion.Category)} of '{string.Join("', '", scene.Emotion.Cues)}'"
                : $"the {Name(scene.Emotion.Category)} mood of the scene";
            foreach (var (style, w) in byEmotion)
            {
                weights[style] += w;
                reasons.Add((w, $"{mood} suggests {style} ({book.Painters[style]})"));
            }
        }

        var total = weights.Values.Sum();
        Dictionary<string, double> scores;
        if (total <= 0)
        {
            scores = StyleNames.All.ToDictionary(s => s, s => book.Defaults.GetValueOrDefault(s));
            reasons.Add((0, $"nothing in the text points to a style: the default mix, led by {Best(scores)} ({book.Painters[Best(scores)]})"));
        }
        else
        {
            var defaultTotal = Math.Max(1e-9, book.Defaults.Values.Sum());
            scores = StyleNames.All.ToDictionary(s => s, s => (1 - Prior) * weights[s] / total + Prior * book.Defaults.GetValueOrDefault(s) / defaultTotal);
        }

        if (scene.StyleRequest is { } requested && StyleNames.IsKnown(requested))
        {
            scores = StyleNames.All.ToDictionary(s => s, s => (s == requested ? RequestShare : 0) + (1 - RequestShare) * scores[s]);
            reasons.Insert(0, (double.MaxValue, $"{requested} was asked for by name"));
        }

        var rounded = Normalise(scores);
        var name = scene.StyleRequest is { } r && StyleNames.IsKnown(r) ? r : Best(rounded);
        var ordered = reasons
            .OrderByDescending(x => x.Weight)
            .Select(x => x.Text)
            .Distinct()
            .Take(6)
            .ToArray();
        return new StyleDecision(name, rounded, ordered);
    }

    private static string Name(EmotionCategory c) => c.ToString().ToLowerInvariant();

    /// <summary>The highest score; the earlier style of <see cref="StyleNames.All"/> on a tie.</summary>
    private static string Best(IReadOnlyDictionary<string, double> scores)
    {
        var best = StyleNames.All[0];
        foreach (var s in StyleNames.All)
            if (scores.GetValueOrDefault(s) > scores.GetValueOrDefault(best)) best = s;
        return best;
    }

    /// <summary>Scores that sum to 1 and are rounded to 3 decimals, in the order of <see cref="StyleNames.All"/>.</summary>
    private static Dictionary<string, double> Normalise(Dictionary<string, double> scores)
    {
        var sum = scores.Values.Sum();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in StyleNames.All)
            result[s] = Math.Round(sum > 0 ? scores[s] / sum : 1.0 / StyleNames.All.Count, 3, MidpointRounding.AwayFromZero);
        return result;
    }
}

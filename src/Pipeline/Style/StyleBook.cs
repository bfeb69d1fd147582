using System.Collections.Frozen;
using System.Text.Json;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;

namespace Easel.Pipeline.Style;

/// <summary>
/// The style decider's rules (Style/Data/styles.json): which elements and emotions suggest which style,
/// the painter that names each style in reasons, and the default mix. Loaded once, immutable.
/// </summary>
public sealed class StyleBook
{
    private static readonly Lazy<StyleBook> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static StyleBook Default => Shared.Value;

    private StyleBook(
        double explicitWeight, FrozenDictionary<string, string> painters, IReadOnlyList<StyleRule> rules,
        FrozenDictionary<EmotionCategory, FrozenDictionary<string, double>> emotions, FrozenDictionary<string, double> defaults)
    {
        ExplicitWeight = explicitWeight;
        Painters = painters;
        Rules = rules;
        Emotions = emotions;
        Defaults = defaults;
    }

    /// <summary>The weight of a style named in the text: more than any mix of hints can reach.</summary>
    public double ExplicitWeight { get; }

    public FrozenDictionary<string, string> Painters { get; }

    public IReadOnlyList<StyleRule> Rules { get; }

    public FrozenDictionary<EmotionCategory, FrozenDictionary<string, double>> Emotions { get; }

    public FrozenDictionary<string, double> Defaults { get; }

    private static StyleBook Load()
    {
        using var doc = Lexicon.Open("Style.Data.styles.json");
        var root = doc.RootElement;
        var painters = root.GetProperty("styles").EnumerateObject()
            .ToFrozenDictionary(p => p.Name, p => p.Value.GetProperty("painter").GetString()!, StringComparer.Ordinal);
        var rules = root.GetProperty("elements").EnumerateArray().Select(r => new StyleRule(
            r.GetProperty("all").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            r.GetProperty("style").GetString()!,
            r.GetProperty("weight").GetDouble(),
            r.GetProperty("why").GetString()!)).ToArray();
        var emotions = root.GetProperty("emotions").EnumerateObject().ToFrozenDictionary(
            p => Enum.Parse<EmotionCategory>(p.Name, ignoreCase: true),
            p => p.Value.EnumerateObject().ToFrozenDictionary(s => s.Name, s => s.Value.GetDouble(), StringComparer.Ordinal));
        var defaults = root.GetProperty("default").EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        foreach (var style in painters.Keys.Concat(rules.Select(r => r.Style)).Concat(defaults.Keys).Concat(emotions.Values.SelectMany(e => e.Keys)))
        {
            if (!StyleNames.IsKnown(style)) throw new InvalidDataException($"styles.json: unknown style '{style}'");
        }
        return new StyleBook(root.GetProperty("explicitWeight").GetDouble(), painters, rules, emotions, defaults);
    }
}

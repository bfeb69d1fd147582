using System.Collections.Frozen;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

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
        var data = EmbeddedData.Read("Style.Data.styles.json", DataFilesJsonContext.Default.StylesFile);
        var painters = data.Styles.ToFrozenDictionary(p => p.Key, p => p.Value.Painter, StringComparer.Ordinal);
        var rules = data.Elements;
        var emotions = data.Emotions.ToFrozenDictionary(
            p => Enum.Parse<EmotionCategory>(p.Key, ignoreCase: true),
            p => p.Value.ToFrozenDictionary(StringComparer.Ordinal));
        var defaults = data.Default.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var style in painters.Keys.Concat(rules.Select(r => r.Style)).Concat(defaults.Keys).Concat(emotions.Values.SelectMany(e => e.Keys)))
        {
            if (!StyleNames.IsKnown(style)) throw new InvalidDataException($"styles.json: unknown style '{style}'");
        }
        return new StyleBook(data.ExplicitWeight, painters, rules, emotions, defaults);
    }
}

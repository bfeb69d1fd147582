using Easel.Pipeline.Style;

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Style/Data/styles.json: the styles, their words, and the element, emotion and default scores the style decider adds.</summary>
internal sealed record StylesFile(
    double ExplicitWeight,
    IReadOnlyDictionary<string, StyleData> Styles,
    IReadOnlyList<StyleRule> Elements,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Emotions,
    IReadOnlyDictionary<string, double> Default);

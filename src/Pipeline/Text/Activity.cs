namespace Easel.Pipeline.Text;

/// <summary>Something a person does that emoji draws as a figure (Text/Data/activities.json).</summary>
/// <param name="Name">What the manifest calls it ("surfing", "cycling").</param>
/// <param name="Phrases">Words and phrases that say it alone, English and Chinese ("surfing", "冲浪").</param>
/// <param name="Verbs">Verbs that say it with one of <paramref name="Objects"/> ("riding" + bicycle, "骑" + horse).</param>
/// <param name="Objects">The elements those verbs take.</param>
/// <param name="Figures">The element drawn for each kind of person: "person", "man", "woman".</param>
/// <param name="Absorbs">Elements the figure already shows, not drawn again beside it.</param>
public sealed record Activity(
    string Name,
    IReadOnlySet<string> Phrases,
    IReadOnlySet<string> Verbs,
    IReadOnlySet<string> Objects,
    IReadOnlyDictionary<string, string> Figures,
    IReadOnlySet<string> Absorbs);

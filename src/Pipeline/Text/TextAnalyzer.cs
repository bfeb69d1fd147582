using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Reads a sentence (English or Chinese) into a scene: elements, roles, sources, counts, emotion.</summary>
public sealed class TextAnalyzer
{
    public SceneDescription Analyze(string prompt)
    {
        // Placeholder until the text stage lands: every known word is an explicit element.
        string[] background = ["grass", "sea", "sky", "beach", "desert", "forest", "snow", "city", "mountain"];
        string[] foreground = ["goose", "dog", "cat", "boat", "horse", "fox", "kangaroo"];
        var words = prompt.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        var elements = new List<SceneElement>();
        foreach (var w in words)
        {
            if (background.Contains(w)) elements.Add(new SceneElement(w, ElementRole.Background, ElementSource.Explicit, 1, w));
            if (foreground.Contains(w)) elements.Add(new SceneElement(w, ElementRole.Foreground, ElementSource.Explicit, 1, w));
        }
        return new SceneDescription(prompt, elements, EmotionReading.Neutral, [], null, Tone.Neutral, []);
    }
}

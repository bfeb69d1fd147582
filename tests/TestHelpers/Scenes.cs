using Easel.Pipeline.Scene;

namespace Easel.TestHelpers;

/// <summary>Scenes built by hand, so the image stages are tested apart from text analysis.</summary>
public static class Scenes
{
    public static SceneElement Thing(string name, int count = 1) => new(name, ElementRole.Foreground, ElementSource.Explicit, count, name);

    public static SceneElement Scenery(string name) => new(name, ElementRole.Background, ElementSource.Explicit, 1, name);

    public static SceneDescription Of(params SceneElement[] elements) =>
        new(string.Join(' ', elements.Select(e => e.Name)), elements, EmotionReading.Neutral, [], null, Tone.Neutral, [], [], null);
}

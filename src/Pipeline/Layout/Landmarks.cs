namespace Easel.Pipeline.Layout;

/// <summary>
/// Foreground words that name scenery features too big to stand in the picture as a sprite (Mount Fuji, a
/// volcano): the background painters draw them on the horizon and the layout places no sprite for them.
/// </summary>
public static class Landmarks
{
    public const string Fuji = "mount fuji";
    public const string Volcano = "volcano";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { Fuji, Volcano };

    public static bool Any(Scene.SceneDescription scene) => scene.Foreground.Any(e => Names.Contains(e.Name));
}

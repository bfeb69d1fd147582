using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Applies structured edits to a scene, giving the next revision's scene.</summary>
public sealed class SceneEditor
{
    public SceneDescription Apply(SceneDescription scene, IReadOnlyList<SceneEdit> edits)
    {
        // Placeholder until the text stage lands.
        var tone = scene.Tone;
        foreach (var e in edits)
        {
            tone = e.Kind switch
            {
                EditKind.Darker => tone with { Brightness = Math.Max(-1, tone.Brightness - 0.35) },
                EditKind.Lighter => tone with { Brightness = Math.Min(1, tone.Brightness + 0.35) },
                _ => tone,
            };
        }
        return scene with { Tone = tone };
    }
}

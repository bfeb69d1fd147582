using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Turns a revision comment ("I prefer darker ones", "add a dog", "我更喜欢深色的") into structured edits.</summary>
public sealed class RevisionParser
{
    public IReadOnlyList<SceneEdit> Parse(string comment, SceneDescription current)
    {
        // Placeholder until the text stage lands.
        var text = comment.ToLowerInvariant();
        var edits = new List<SceneEdit>();
        if (text.Contains("darker")) edits.Add(new SceneEdit(EditKind.Darker, Cue: "darker"));
        if (text.Contains("lighter")) edits.Add(new SceneEdit(EditKind.Lighter, Cue: "lighter"));
        return edits;
    }
}

namespace Easel.Pipeline.Text;

/// <summary>One structured change read from a revision comment.</summary>
/// <param name="Element">The element added, removed, or counted (AddElement, RemoveElement, MoreOf, FewerOf).</param>
/// <param name="Style">The style asked for (ChangeStyle).</param>
/// <param name="Cue">The words of the comment the edit was read from.</param>
public sealed record SceneEdit(EditKind Kind, string? Element = null, string? Style = null, string Cue = "");

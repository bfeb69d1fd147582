namespace Easel.Pipeline.Text;

/// <summary>One structured change read from a revision comment.</summary>
/// <param name="Element">The element added, removed, or counted (AddElement, RemoveElement, MoreOf, FewerOf).</param>
/// <param name="Style">The style asked for (ChangeStyle).</param>
/// <param name="Cue">The words of the comment the edit was read from.</param>
/// <param name="Count">How many to add (AddElement, MoreOf) or take away (FewerOf).</param>
public sealed record SceneEdit(EditKind Kind, string? Element = null, string? Style = null, string Cue = "", int Count = 1);

namespace Easel.Pipeline.Text;

/// <summary>One structured change read from a revision comment.</summary>
/// <param name="Element">The element added, removed, counted, replaced, moved, resized or recoloured.</param>
/// <param name="Style">The style asked for (ChangeStyle).</param>
/// <param name="Cue">The words of the comment the edit was read from.</param>
/// <param name="Count">How many to add (AddElement, MoreOf) or take away (FewerOf).</param>
/// <param name="Other">Replace: the element that takes the place; Move: the element moved relative to (null for "to the left").</param>
/// <param name="Relation">Move: the relation to <paramref name="Other"/> ("right of"), or "left" / "right" for a side of the picture.</param>
/// <param name="Color">Recolor: the colour word ("blue").</param>
public sealed record SceneEdit(EditKind Kind, string? Element = null, string? Style = null, string Cue = "", int Count = 1,
    string? Other = null, string? Relation = null, string? Color = null);

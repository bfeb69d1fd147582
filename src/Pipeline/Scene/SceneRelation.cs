namespace Easel.Pipeline.Scene;

/// <summary>What the text says about where one element is relative to another ("a dog right of a teddy bear").</summary>
/// <param name="Subject">The element that is placed (an element name).</param>
/// <param name="Relation">"left of", "right of", "above", "below", "on", "under", "in front of", "behind", "beside", "in"…</param>
/// <param name="Object">The element it is placed relative to (an element name).</param>
public sealed record SceneRelation(string Subject, string Relation, string Object);

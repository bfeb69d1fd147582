namespace Easel.Pipeline.Layout;

/// <summary>Where one copy of a foreground element stands: its sprite's box in image pixels.</summary>
/// <param name="Element">The element's name (several placements share it when its count is above one).</param>
/// <param name="Index">Which copy of the element, 0-based.</param>
/// <param name="Mirrored">Draw the sprite flipped horizontally, for variety among copies.</param>
/// <param name="Depth">Paint order: lower first (further away).</param>
/// <param name="Habitat">Where this copy is: on the ground (a contact shadow), in the water (a waterline) or in the
/// air (no shadow); null: the element's own habitat. The text can change it ("a dog swimming", "a cup above a kite").</param>
public sealed record Placement(string Element, int Index, int X, int Y, int Width, int Height, bool Mirrored, int Depth, Habitat? Habitat = null);

namespace Easel.Pipeline.Layout;

/// <summary>How an element is placed.</summary>
/// <param name="Scale">Size relative to a medium animal (a dog is 0.9, a horse 1.25, a tree 2).</param>
/// <param name="Sink">Fraction of the sprite's height below its contact line: the transparent margin under feet,
/// or the part of a hull under the water line.</param>
/// <param name="Top">Fraction of the sprite's height above its top surface, where a thing put on it stands (measured
/// from its image: <see cref="SupportTop"/>).</param>
public sealed record ElementProfile(Habitat Habitat, float Scale, float Sink, float Top = SupportTop.Default)
{
    /// <summary>The image row where the element touches the ground or the water (for sky elements: its bottom).</summary>
    public float ContactY(Placement p) => p.Y + p.Height * (1 - Sink);
}

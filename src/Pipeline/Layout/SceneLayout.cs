namespace Easel.Pipeline.Layout;

/// <summary>The composition: image size, where land or water meets the sky, and where every foreground copy stands.</summary>
/// <param name="HorizonY">Pixel row of the horizon.</param>
public sealed record SceneLayout(int Width, int Height, int HorizonY, IReadOnlyList<Placement> Placements);

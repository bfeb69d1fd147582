namespace Easel.Pipeline.Stylize;

/// <summary>One layer of brush strokes; lengths in pixels at 512 px (scaled by the context).</summary>
/// <param name="Spacing">Distance between stroke centres on the jittered grid.</param>
/// <param name="HalfLength">Half the stroke length (without the round ends).</param>
/// <param name="HalfWidth">Half the brush width.</param>
/// <param name="Alpha">Opacity of the paint.</param>
/// <param name="Bristles">0 smooth .. 1 streaky dry brush.</param>
/// <param name="AngleJitter">Random turn of each stroke, radians.</param>
/// <param name="HueJitter">Random hue shift, turns (broken colour).</param>
/// <param name="SaturationJitter">Relative random saturation change.</param>
/// <param name="ValueJitter">Random value change.</param>
/// <param name="Placement">Chance a grid point gets a stroke, scaled by the layer's weight map if given.</param>
public sealed record StrokeLayerSettings(
    float Spacing, float HalfLength, float HalfWidth, float Alpha, float Bristles,
    float AngleJitter = 0.25f, float HueJitter = 0.02f, float SaturationJitter = 0.15f, float ValueJitter = 0.06f,
    float Placement = 1f);

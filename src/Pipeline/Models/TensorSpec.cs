using Microsoft.ML.OnnxRuntime.Tensors;

namespace Easel.Pipeline.Models;

/// <summary>One input or output of a slot's signature, by position: its role, element type, rank and channel count.</summary>
/// <param name="Role">What the stage passes or reads there (the name in models.json may differ).</param>
/// <param name="Channels">Size of dimension 1 (NCHW channels), 0 when any.</param>
public sealed record TensorSpec(string Role, TensorElementType Type, int Rank, int Channels = 0)
{
    public override string ToString() => Type + "[" + string.Join(", ", Enumerable.Range(0, Rank).Select(d => d switch
    {
        0 => "1",
        1 when Channels > 0 => Channels.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "?",
    })) + "]";
}

using Microsoft.ML.OnnxRuntime.Tensors;

namespace Easel.Pipeline.Models;

/// <summary>
/// The ONNX signature each slot's model must have (docs/models.md), by position: models.json names the tensors,
/// this fixes their order, types, ranks and channels. Checked when the session opens, so a wrong model fails with
/// the slot's message instead of garbage pictures.
/// </summary>
public static class ModelSignatures
{
    private const TensorElementType Float = TensorElementType.Float;

    /// <summary>content RGB + style RGB -> stylized RGB, all [1, 3, H, W].</summary>
    public static ModelSignature Stylize { get; } = new(
        [new("content", Float, 4, 3), new("style", Float, 4, 3)],
        [new("stylized", Float, 4, 3)]);

    /// <summary>image RGB [1, 3, H, W] + mask [1, 1, H, W] (1 = fill) -> inpainted RGB [1, 3, H, W] (LaMa, MI-GAN).</summary>
    public static ModelSignature Inpaint { get; } = new(
        [new("image", Float, 4, 3), new("mask", Float, 4, 1)],
        [new("inpainted", Float, 4, 3)]);

    /// <summary>image RGB [1, 3, H, W] -> edges [1, 1, H, W], 1 = line (PiDiNet, TEED, HED).</summary>
    public static ModelSignature Sketch { get; } = new(
        [new("image", Float, 4, 3)],
        [new("edges", Float, 4, 1)]);

    /// <summary>class_index int64 [1] + noise [1, Z] -> rgba [1, 4, H, W] (a class-conditional generator with alpha).</summary>
    public static ModelSignature Foreground { get; } = new(
        [new("class_index", TensorElementType.Int64, 1), new("noise", Float, 2)],
        [new("rgba", Float, 4, 4)]);

    public static ModelSignature? For(string slot) => slot switch
    {
        ModelSlotNames.Stylize => Stylize,
        ModelSlotNames.Inpaint => Inpaint,
        ModelSlotNames.Sketch => Sketch,
        ModelSlotNames.Foreground => Foreground,
        _ => null,
    };
}

namespace Easel.Pipeline.Models;

/// <summary>One slot of models.json: the ONNX file, its sha256, its signature and the processing around it.</summary>
/// <param name="Model">A short name of the model (recorded in manifests).</param>
/// <param name="File">The ONNX file, relative to the models folder.</param>
/// <param name="Styles">Stylize slot: style name -> reference image.</param>
/// <param name="Labels">Foreground slot: the element names the model can draw, by class index.</param>
public sealed record ModelSlotConfig(
    string Model,
    string File,
    string Sha256,
    string? Licence,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    TensorPreprocess? Preprocess,
    TensorPostprocess? Postprocess,
    IReadOnlyDictionary<string, ModelFileReference>? Styles,
    IReadOnlyList<string>? Labels = null);

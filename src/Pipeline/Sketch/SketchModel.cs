using Easel.Pipeline.Imaging;
using Easel.Pipeline.Models;
using Microsoft.ML.OnnxRuntime;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Sketch;

/// <summary>
/// The sketch slot: a learned edge detector (PiDiNet, TEED, HED…; signature in <see cref="ModelSignatures.Sketch"/>)
/// finds the lines instead of the built-in detector. Its edge map, brought back to the picture's size, is the ink.
/// </summary>
public sealed class SketchModel(ModelSlot slot)
{
    public ModelSlot Slot => slot;

    /// <summary>Line ink per pixel (0..1) of the merged image, at its size.</summary>
    public Plane Ink(Image<Rgba32> merged)
    {
        var pre = slot.Config.Preprocess;
        var (w, h) = ModelTensors.WorkingSize(merged.Width, merged.Height, pre);
        var data = ModelTensors.Rgb(merged, w, h, pre);
        var session = slot.Session;
        using var input = OrtValue.CreateTensorValueFromMemory(data, [1, 3, h, w]);
        using var runOptions = new RunOptions();
        using var outputs = session.Session.Run(runOptions, slot.Config.Inputs, [input], slot.Config.Outputs);
        var (oh, ow) = ModelTensors.ImageShape(slot, outputs[0].GetTensorTypeAndShape().Shape, 1);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        using var edges = new Image<L8>(ow, oh);
        for (var y = 0; y < oh; y++)
            for (var x = 0; x < ow; x++)
                edges[x, y] = new L8((byte)(ModelTensors.ToUnit(values[y * ow + x], slot.Config.Postprocess) * 255 + 0.5f));
        if (ow != merged.Width || oh != merged.Height) edges.Mutate(c => c.Resize(merged.Width, merged.Height, KnownResamplers.Triangle));
        var ink = new Plane(merged.Width, merged.Height);
        edges.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var target = ink.Row(y);
                for (var x = 0; x < row.Length; x++) target[x] = row[x].PackedValue / 255f;
            }
        });
        return ink;
    }
}

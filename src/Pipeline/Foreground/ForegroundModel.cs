using Easel.Pipeline.Imaging;
using Easel.Pipeline.Models;
using Microsoft.ML.OnnxRuntime;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Foreground;

/// <summary>
/// The foreground slot: a class-conditional generator with alpha (signature in <see cref="ModelSignatures.Foreground"/>)
/// draws the elements listed in its models.json <c>labels</c>; every other element keeps its asset. The noise is
/// seeded by the element's name, so the same element always comes out the same.
/// </summary>
public sealed class ForegroundModel(ModelSlot slot)
{
    public ModelSlot Slot => slot;

    /// <summary>True when the model has a class for the element.</summary>
    public bool Draws(string element) => ClassOf(element) >= 0;

    /// <returns>The element's RGBA image at the model's resolution (straight alpha).</returns>
    public Image<Rgba32> Render(string element)
    {
        var index = ClassOf(element);
        if (index < 0) throw new ArgumentException($"the foreground model has no class for '{element}'", nameof(element));
        var session = slot.Session;
        var noiseDims = session.Session.InputMetadata[slot.Config.Inputs[1]].Dimensions;
        var noiseSize = noiseDims.Length == 2 && noiseDims[1] > 0 ? noiseDims[1] : 128;
        var random = new Random(StableHash.Of(element));
        var noise = new float[noiseSize];
        for (var k = 0; k < noise.Length; k++)
        {
            // Standard normal (Box-Muller), what generators are trained on.
            var u = 1.0 - random.NextDouble();
            noise[k] = (float)(Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }
        using var classValue = OrtValue.CreateTensorValueFromMemory(new long[] { index }, [1]);
        using var noiseValue = OrtValue.CreateTensorValueFromMemory(noise, [1, noiseSize]);
        using var runOptions = new RunOptions();
        using var outputs = session.Session.Run(runOptions, slot.Config.Inputs, [classValue, noiseValue], slot.Config.Outputs);
        var (h, w) = ModelTensors.ImageShape(slot, outputs[0].GetTensorTypeAndShape().Shape, 4);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        var plane = w * h;
        var post = slot.Config.Postprocess;
        var image = new Image<Rgba32>(w, h);
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                image[x, y] = new Rgba32(ModelTensors.ToUnit(values[i], post), ModelTensors.ToUnit(values[plane + i], post),
                    ModelTensors.ToUnit(values[2 * plane + i], post), ModelTensors.ToUnit(values[3 * plane + i], post));
            }
        return image;
    }

    private int ClassOf(string element)
    {
        var labels = slot.Config.Labels;
        if (labels is null) return -1;
        for (var k = 0; k < labels.Count; k++)
            if (string.Equals(labels[k], element, StringComparison.OrdinalIgnoreCase)) return k;
        return -1;
    }
}

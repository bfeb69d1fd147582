using Easel.Pipeline.Models;
using Microsoft.ML.OnnxRuntime;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Background;

/// <summary>
/// The inpaint slot: a learned inpainter (LaMa, MI-GAN…; signature in <see cref="ModelSignatures.Inpaint"/>) fills the
/// foreground regions instead of the built-in one. Only the hole takes the model's pixels; the rest stays exact.
/// </summary>
public sealed class InpaintModel(ModelSlot slot)
{
    public ModelSlot Slot => slot;

    /// <param name="hole">The (already grown) mask, 255 = fill.</param>
    public Image<Rgba32> Inpaint(Image<Rgba32> image, Image<L8> hole)
    {
        var pre = slot.Config.Preprocess;
        var (w, h) = ModelTensors.WorkingSize(image.Width, image.Height, pre);
        var rgb = ModelTensors.Rgb(image, w, h, pre);
        using var sizedHole = hole.Clone(c => c.Resize(w, h, KnownResamplers.Triangle));
        var mask = new float[w * h];
        sizedHole.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                // Any touch of the hole counts: the model must not copy sprite rims back.
                for (var x = 0; x < row.Length; x++) mask[y * w + x] = row[x].PackedValue > 0 ? 1f : 0f;
            }
        });
        var session = slot.Session;
        using var imageValue = OrtValue.CreateTensorValueFromMemory(rgb, [1, 3, h, w]);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, [1, 1, h, w]);
        using var runOptions = new RunOptions();
        using var outputs = session.Session.Run(runOptions, slot.Config.Inputs, [imageValue, maskValue], slot.Config.Outputs);
        var (oh, ow) = ModelTensors.ImageShape(slot, outputs[0].GetTensorTypeAndShape().Shape, 3);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        var plane = ow * oh;
        using var filled = new Image<Rgba32>(ow, oh);
        for (var y = 0; y < oh; y++)
            for (var x = 0; x < ow; x++)
            {
                var i = y * ow + x;
                var post = slot.Config.Postprocess;
                filled[x, y] = new Rgba32(ModelTensors.ToUnit(values[i], post), ModelTensors.ToUnit(values[plane + i], post), ModelTensors.ToUnit(values[2 * plane + i], post), 1f);
            }
        if (ow != image.Width || oh != image.Height) filled.Mutate(c => c.Resize(image.Width, image.Height, KnownResamplers.Bicubic));
        var result = image.Clone();
        result.ProcessPixelRows(filled, hole, (target, source, holeRows) =>
        {
            for (var y = 0; y < target.Height; y++)
            {
                var t = target.GetRowSpan(y);
                var s = source.GetRowSpan(y);
                var m = holeRows.GetRowSpan(y);
                for (var x = 0; x < t.Length; x++)
                {
                    var k = m[x].PackedValue / 255f;
                    if (k <= 0) continue;
                    var a = t[x];
                    var b = s[x];
                    t[x] = new Rgba32((byte)(a.R + (b.R - a.R) * k + 0.5f), (byte)(a.G + (b.G - a.G) * k + 0.5f), (byte)(a.B + (b.B - a.B) * k + 0.5f), 255);
                }
            }
        });
        return result;
    }
}

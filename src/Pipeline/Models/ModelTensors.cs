using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Models;

/// <summary>
/// Pixels to tensors and back, by a slot's <see cref="TensorPreprocess"/> and <see cref="TensorPostprocess"/>, for
/// every slot that takes images (NCHW, batch 1).
/// </summary>
public static class ModelTensors
{
    /// <summary>The size a model runs at: the image's, shrunk to ContentMaxSide (512 when unset), in multiples of SizeMultiple.</summary>
    public static (int Width, int Height) WorkingSize(int width, int height, TensorPreprocess? pre)
    {
        var maxSide = pre is { ContentMaxSide: > 0 } ? pre.ContentMaxSide : 512;
        var multiple = Math.Max(1, pre?.SizeMultiple ?? 1);
        var scale = Math.Min(1.0, maxSide / (double)Math.Max(width, height));
        int Round(int v) => Math.Max(multiple, (int)Math.Round(v * scale / multiple) * multiple);
        return (Round(width), Round(height));
    }

    /// <summary>RGB planes of the image at (width, height), transparency over white: value = (pixel × Scale − Mean[c]) / Std[c].</summary>
    public static float[] Rgb(Image<Rgba32> image, int width, int height, TensorPreprocess? pre)
    {
        using var sized = image.Width == width && image.Height == height ? image.Clone() : image.Clone(c => c.Resize(width, height, KnownResamplers.Bicubic));
        var plane = width * height;
        var data = new float[3 * plane];
        var scale = (float)(pre?.Scale ?? 1 / 255.0);
        var bgr = string.Equals(pre?.Channels, "BGR", StringComparison.OrdinalIgnoreCase);
        sized.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    var a = p.A / 255f;
                    var i = y * width + x;
                    var r = p.R * a + 255 * (1 - a);
                    var g = p.G * a + 255 * (1 - a);
                    var b = p.B * a + 255 * (1 - a);
                    data[i] = Normalise(bgr ? b : r, 0, scale, pre);
                    data[plane + i] = Normalise(g, 1, scale, pre);
                    data[2 * plane + i] = Normalise(bgr ? r : b, 2, scale, pre);
                }
            }
        });
        return data;
    }

    private static float Normalise(float pixel, int channel, float scale, TensorPreprocess? pre)
    {
        var mean = pre?.Mean is { Count: 3 } m ? (float)m[channel] : 0f;
        var std = pre?.Std is { Count: 3 } s && s[channel] != 0 ? (float)s[channel] : 1f;
        return (pixel * scale - mean) / std;
    }

    /// <summary>A model output value as a 0..1 fraction of a pixel: clamp to Range, times Scale, over 255.</summary>
    public static float ToUnit(float value, TensorPostprocess? post)
    {
        var low = post?.Range is { Count: 2 } r ? (float)r[0] : 0f;
        var high = post?.Range is { Count: 2 } r2 ? (float)r2[1] : 1f;
        var scale = (float)(post?.Scale ?? 255);
        return Math.Clamp(Math.Clamp(value, low, high) * scale / 255f, 0f, 1f);
    }

    /// <summary>Checks an output's shape is [1, channels, H, W] and returns (H, W); else the slot's error.</summary>
    public static (int Height, int Width) ImageShape(ModelSlot slot, ReadOnlySpan<long> shape, int channels)
    {
        if (shape.Length != 4 || shape[0] != 1 || shape[1] != channels || shape[2] < 1 || shape[3] < 1)
            throw new ModelSlotException(slot.Name, slot.Config.File,
                $"output '{slot.Config.Outputs[0]}' has shape [{string.Join(", ", shape.ToArray())}], expected [1, {channels}, H, W]");
        return ((int)shape[2], (int)shape[3]);
    }
}

using Easel.Pipeline.Imaging;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Easel.Pipeline.Models;
using Easel.Pipeline.Scene;
using Microsoft.ML.OnnxRuntime;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Neural style transfer with the stylize slot's model (MicroAST: content + style image in, stylized image out),
/// styled after the slot's reference painting for the style. The content is prepared so the model has something to
/// paint on: flat synthetic fills alone come back as a colour shift with halos, so the sketch's lines and a seeded
/// canvas texture are drawn in first. The model runs at a working size that suits it; its output is upscaled,
/// blended with the content by the style strength and graded by the revision's tone.
/// </summary>
public sealed class NeuralStylizer : IStylizer
{
    private readonly ModelSlot slot;
    private readonly IStylizer? styleSource;
    private readonly NeuralStylizerOptions options;
    private readonly ConcurrentDictionary<string, Lazy<RgbPlanes>> references = new();

    /// <param name="slot">The stylize slot.</param>
    /// <param name="styleSource">
    /// For styles the slot has no reference for: a stylizer whose rendering of the same scene becomes the style image
    /// (the procedural one). Null: such styles are refused (<see cref="HasStyle"/> is false).
    /// </param>
    public NeuralStylizer(ModelSlot slot, IStylizer? styleSource = null, NeuralStylizerOptions? options = null)
    {
        if (slot.Config.Inputs.Count != 2 || slot.Config.Outputs.Count != 1)
            throw new ModelSlotException(slot.Name, slot.Config.File, "a style-transfer model takes two inputs (content, style) and gives one output");
        this.slot = slot;
        this.styleSource = styleSource;
        this.options = options ?? NeuralStylizerOptions.Default;
    }

    public string Kind => "neural";

    public ModelSlot Slot => slot;

    /// <summary>True when the slot has a reference painting for the style.</summary>
    public bool HasReference(string style) => slot.Config.Styles?.ContainsKey(style) == true;

    /// <summary>True when this stylizer can paint the style (a reference, or a style source to render one).</summary>
    public bool HasStyle(string style) => HasReference(style) || styleSource is not null;

    public Image<Rgba32> Stylize(StylizeRequest request) => Stylize(request, null);

    /// <param name="timings">When given, receives the time spent preparing, in the model and finishing (benchmarks).</param>
    public Image<Rgba32> Stylize(StylizeRequest request, NeuralStylizerTimings? timings)
    {
        var session = slot.Session; // opens and checks the model once per process; a bad slot throws ModelSlotException here
        var started = Stopwatch.GetTimestamp();
        var width = request.Merged.Width;
        var height = request.Merged.Height;
        var (workWidth, workHeight) = WorkingSize(width, height);

        var content = PrepareContent(request, workWidth, workHeight);
        var style = StyleImage(request);
        var prepared = Stopwatch.GetTimestamp();
        var stylized = Run(session, content, style);
        var modelled = Stopwatch.GetTimestamp();

        var painted = stylized.ToImage();
        try
        {
            if (painted.Width != width || painted.Height != height)
                painted.Mutate(c => c.Resize(width, height, KnownResamplers.Bicubic));
            Blend(painted, request.Merged, (float)Math.Clamp(request.Strength ?? options.Strength, 0, 1), request.Tone);
            if (timings is not null)
            {
                timings.PrepareMs = Stopwatch.GetElapsedTime(started, prepared).TotalMilliseconds;
                timings.ModelMs = Stopwatch.GetElapsedTime(prepared, modelled).TotalMilliseconds;
                timings.FinishMs = Stopwatch.GetElapsedTime(modelled).TotalMilliseconds;
            }
            return painted;
        }
        catch
        {
            painted.Dispose();
            throw;
        }
    }

    public IReadOnlyDictionary<string, string> Describe(StylizeRequest request)
    {
        var details = new Dictionary<string, string>
        {
            ["model"] = slot.Config.Model,
            ["modelFile"] = slot.Config.File,
            ["modelSha256"] = slot.Config.Sha256,
            ["styleReference"] = slot.Config.Styles?.GetValueOrDefault(request.Style)?.File
                ?? (styleSource is null ? "none" : $"{styleSource.Kind} rendering of the scene"),
            ["strength"] = Math.Clamp(request.Strength ?? options.Strength, 0, 1).ToString("0.##", CultureInfo.InvariantCulture),
        };
        if (slot.IsOpen)
        {
            details["executionProvider"] = slot.Session.Provider;
            if (slot.Session.FallbackReason is { } reason)
                details["executionProviderFallback"] = reason;
        }
        return details;
    }

    /// <summary>The size the model runs at: the request's, shrunk to the working long side, in multiples of the model's stride.</summary>
    public (int Width, int Height) WorkingSize(int width, int height)
    {
        var pre = slot.Config.Preprocess;
        var maxSide = options.WorkingMaxSide ?? pre?.ContentMaxSide ?? 512;
        var multiple = Math.Max(1, pre?.SizeMultiple ?? 4);
        var scale = Math.Min(1.0, maxSide / (double)Math.Max(width, height));
        int Round(int v) => Math.Max(multiple, (int)Math.Round(v * scale / multiple) * multiple);
        return (Round(width), Round(height));
    }

    private RgbPlanes PrepareContent(StylizeRequest request, int workWidth, int workHeight)
    {
        using var merged = request.Merged.Clone(c => c.Resize(workWidth, workHeight, KnownResamplers.Bicubic));
        using var sketch = request.Sketch.Clone(c => c.Resize(workWidth, workHeight, KnownResamplers.Triangle));
        var content = RgbPlanes.FromImage(merged);
        var lineStrength = (float)options.LineStrength;
        var fine = (float)options.FineNoise;
        var coarse = CanvasTexture.Coarse(workWidth, workHeight, request.Seed, (float)options.CoarseNoise);
        sketch.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                // One generator per row, seeded by (seed, row): identical output for the same seed, whatever the threading.
                var random = new Random(SeedMix.Of(request.Seed, y, 0x5eed));
                var target = content.Row(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var ink = 1f - lineStrength * (1f - row[x].PackedValue / 255f);
                    var grain = fine * ((float)random.NextDouble() - 0.5f) * 2f + coarse[y * workWidth + x];
                    target.R[x] = Math.Clamp(target.R[x] * ink + grain, 0f, 1f);
                    target.G[x] = Math.Clamp(target.G[x] * ink + grain, 0f, 1f);
                    target.B[x] = Math.Clamp(target.B[x] * ink + grain, 0f, 1f);
                }
            }
        });
        return content;
    }

    private RgbPlanes StyleImage(StylizeRequest request)
    {
        if (slot.Config.Styles?.GetValueOrDefault(request.Style) is { } reference)
            return references.GetOrAdd(request.Style, _ => new Lazy<RgbPlanes>(() => LoadReference(reference), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        if (styleSource is null)
            throw new ArgumentException($"the stylize slot has no reference image for style '{request.Style}'", nameof(request));
        // No painting to learn from: the procedural renderer's own picture of this scene is the style image, so the
        // model carries its palette and strokes onto the (textured) content.
        using var rendered = styleSource.Stylize(request with { Tone = Tone.Neutral, Strength = null });
        FitInside(rendered, StyleMaxSide);
        return RgbPlanes.FromImage(rendered);
    }

    private int StyleMaxSide => options.StyleMaxSide ?? slot.Config.Preprocess?.StyleMaxSide ?? 512;

    private RgbPlanes LoadReference(ModelFileReference reference)
    {
        var bytes = slot.ReadVerified(reference.File, reference.Sha256);
        Image<Rgba32> image;
        try
        {
            image = Image.Load<Rgba32>(bytes);
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException)
        {
            throw new ModelSlotException(slot.Name, reference.File, "style reference is not a readable image", e);
        }
        using (image)
        {
            FitInside(image, StyleMaxSide);
            return RgbPlanes.FromImage(image);
        }
    }

    private static float MeanLuminance(Image<Rgba32> image)
    {
        double sum = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
                foreach (var p in rows.GetRowSpan(y))
                {
                    var a = p.A / 255.0;
                    sum += ColorMath.Luma(p.R, p.G, p.B) * a + 255 * (1 - a);
                }
        });
        return (float)(sum / ((double)image.Width * image.Height));
    }

    private static void FitInside<TPixel>(Image<TPixel> image, int maxSide) where TPixel : unmanaged, IPixel<TPixel>
    {
        if (Math.Max(image.Width, image.Height) > maxSide)
            image.Mutate(c => c.Resize(new ResizeOptions { Size = new Size(maxSide), Mode = ResizeMode.Max, Sampler = KnownResamplers.Bicubic }));
    }

    private RgbPlanes Run(ModelSession session, RgbPlanes content, RgbPlanes style)
    {
        using var contentValue = OrtValue.CreateTensorValueFromMemory(content.ToChw(), content.ChwShape);
        using var styleValue = OrtValue.CreateTensorValueFromMemory(style.ToChw(), style.ChwShape);
        using var runOptions = new RunOptions();
        using var outputs = session.Session.Run(runOptions, slot.Config.Inputs, [contentValue, styleValue], slot.Config.Outputs);
        var output = outputs[0];
        var shape = output.GetTensorTypeAndShape().Shape;
        if (shape.Length != 4 || shape[1] != 3)
            throw new ModelSlotException(slot.Name, slot.Config.File, $"output '{slot.Config.Outputs[0]}' has shape [{string.Join(", ", shape)}], expected [1, 3, H, W]");
        return RgbPlanes.FromChw(output.GetTensorDataAsSpan<float>(), (int)shape[3], (int)shape[2]);
    }

    private static void Blend(Image<Rgba32> painted, Image<Rgba32> merged, float strength, Tone tone)
    {
        var neutral = NeuralTone.IsNeutral(tone);
        // The reference paintings are mostly dark (night skies, storms, old varnish): keep the scene's own brightness
        // (a "happily ... sunshine" picture stays bright) by moving the stylized picture's mean luminance halfway to the
        // content's; all the way washed the paintings out (lifted blacks, grey), none left every style dim.
        var lift = 0.5f * (MeanLuminance(merged) - MeanLuminance(painted)) / 255f;
        painted.ProcessPixelRows(merged, (paintedRows, mergedRows) =>
        {
            for (var y = 0; y < paintedRows.Height; y++)
            {
                var target = paintedRows.GetRowSpan(y);
                var source = mergedRows.GetRowSpan(y);
                for (var x = 0; x < target.Length; x++)
                {
                    var s = source[x];
                    var a = s.A / 255f;
                    float Mix(byte stylized, byte content) =>
                        strength * Math.Clamp(stylized / 255f + lift, 0f, 1f) + (1 - strength) * (content * a + 255 * (1 - a)) / 255f;
                    var r = Mix(target[x].R, s.R);
                    var g = Mix(target[x].G, s.G);
                    var b = Mix(target[x].B, s.B);
                    if (!neutral)
                        NeuralTone.Apply(tone, ref r, ref g, ref b);
                    target[x] = new Rgba32(ColorMath.ToByte(r), ColorMath.ToByte(g), ColorMath.ToByte(b), 255);
                }
            }
        });
    }
}

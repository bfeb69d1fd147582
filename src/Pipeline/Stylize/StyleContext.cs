using Easel.Pipeline.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// What a style renderer paints from: the merged image's colours, the sketch's lines, the size scale and
/// the seed, with derived data (luma, structure tensor) computed once on first use.
/// </summary>
public sealed class StyleContext
{
    private Plane? _luma;
    private StructureTensor? _tensor;

    public StyleContext(RgbPlanes source, Plane ink, int seed, Plane? accent = null)
    {
        if (ink.Width != source.Width || ink.Height != source.Height) throw new ArgumentException("The sketch must be the size of the merged image.", nameof(ink));
        if (accent is not null && (accent.Width != source.Width || accent.Height != source.Height))
            throw new ArgumentException("The accent must be the size of the merged image.", nameof(accent));
        Source = source;
        Ink = ink;
        Seed = seed;
        Accent = accent;
        Scale = Math.Min(source.Width, source.Height) / 512f;
    }

    public static StyleContext From(Image<Rgba32> merged, Image<L8> sketch, int seed, Plane? accent = null)
    {
        if (merged.Width != sketch.Width || merged.Height != sketch.Height)
            throw new ArgumentException($"Sketch {sketch.Width}x{sketch.Height} does not match merged {merged.Width}x{merged.Height}.");
        var ink = new Plane(merged.Width, merged.Height);
        sketch.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var target = ink.Row(y);
                // The sketcher draws its darkest line at about 8% grey: map that to full ink.
                for (var x = 0; x < row.Length; x++) target[x] = Math.Clamp((255 - row[x].PackedValue) / (0.9f * 255f), 0f, 1f);
            }
        });
        return new StyleContext(RgbPlanes.FromImage(merged), ink, seed, accent);
    }

    public RgbPlanes Source { get; }

    /// <summary>Line ink from the sketch, 0 (paper) .. 1 (line).</summary>
    public Plane Ink { get; }

    public int Seed { get; }

    /// <summary>Where the text named a thing's colour, 0..1 per pixel (<see cref="StylizeRequest.Accent"/>); null: nowhere.</summary>
    public Plane? Accent { get; }

    /// <summary>Lengths in the renderers are for a 512 px picture; multiply by this.</summary>
    public float Scale { get; }

    public int Width => Source.Width;
    public int Height => Source.Height;

    public Plane Luma => _luma ??= Source.Luma();

    /// <summary>
    /// Brush directions: tangent of the image's structure, horizontal where there is none. The sketch's lines are
    /// darkened into the luma first, so strokes near a figure run along its outline rather than across it.
    /// </summary>
    public StructureTensor Tensor => _tensor ??= StructureTensor.Compute(LumaWithLines(), Width, Height, 1.5f * Scale, 6f * Scale, 0.0004f);

    private float[] LumaWithLines()
    {
        var luma = (float[])Luma.Data.Clone();
        for (var i = 0; i < luma.Length; i++) luma[i] -= 0.5f * Ink[i];
        return luma;
    }

    /// <summary>A per-style seed, so two styles do not share their random marks.</summary>
    public int SeedFor(string salt)
    {
        var h = Seed;
        foreach (var c in salt) h = unchecked(h * 31 + c);
        return h;
    }

    /// <summary>Index of the pixel nearest to (x, y), clamped to the image.</summary>
    public int IndexAt(float x, float y)
    {
        var xi = Math.Clamp((int)x, 0, Width - 1);
        var yi = Math.Clamp((int)y, 0, Height - 1);
        return yi * Width + xi;
    }
}

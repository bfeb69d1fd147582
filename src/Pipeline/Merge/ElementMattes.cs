using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Merge;

/// <summary>
/// Which foreground element the merge drew at each pixel, from the sprites' exact alpha: the sketch draws closed
/// outlines along these boundaries instead of guessing them from colour edges. Saved as mattes.png: red = the
/// element's label (1, 2, … in paint order, 0 = background), green = its alpha there, blue = its outline weight.
/// </summary>
public sealed class ElementMattes
{
    /// <summary>Alpha above which a sprite pixel covers what is behind it (the outline sits on this level set).</summary>
    public const float CoverAlpha = 0.5f;

    /// <summary>Blue channel units per pixel of outline width.</summary>
    private const float WeightUnit = 32f;

    private readonly float[] _weights = new float[256];

    public ElementMattes(int width, int height)
    {
        Width = width;
        Height = height;
        Labels = new byte[width * height];
        Alpha = new byte[width * height];
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Per pixel: the label of the nearest element covering it, 0 for background.</summary>
    public byte[] Labels { get; }

    /// <summary>Per pixel: that element's alpha (0..255); partial along its edge.</summary>
    public byte[] Alpha { get; }

    /// <summary>How many elements were drawn (labels 1..Count).</summary>
    public int Count { get; private set; }

    /// <summary>Outline width in pixels of an element: near and large elements get bolder lines.</summary>
    public float Weight(int label) => _weights[label];

    /// <summary>Records a sprite drawn at its placement over what is there (call in paint order, far to near).</summary>
    public void Add(SpriteBitmap sprite, Placement p)
    {
        if (Count == 255) return; // a label is one byte; more than 255 figures do not get their own outline
        var label = (byte)++Count;
        _weights[label] = OutlineWeight(p, Math.Min(Width, Height));
        for (var sy = 0; sy < sprite.Height; sy++)
        {
            var y = p.Y + sy;
            if ((uint)y >= (uint)Height) continue;
            for (var sx = 0; sx < sprite.Width; sx++)
            {
                var x = p.X + sx;
                if ((uint)x >= (uint)Width) continue;
                var a = sprite.Alpha(sx, sy);
                if (a < CoverAlpha) continue;
                var i = y * Width + x;
                Labels[i] = label;
                Alpha[i] = ColorMath.ToByte(a);
            }
        }
    }

    /// <summary>1.2 px for a small, far figure up to about 3.4 px for one that fills half the picture (at 512 px; scales with it).</summary>
    private static float OutlineWeight(Placement p, int side)
    {
        var scale = side / 512f;
        var extent = MathF.Sqrt(p.Width * (float)p.Height) / side;
        return scale * Math.Clamp(1.2f + 4.4f * extent, 1.2f, 3.6f);
    }

    /// <summary>The labels the merge gives the copies of the chosen elements (from the paint order alone, so the
    /// orchestration can name them without reading mattes.png).</summary>
    /// <param name="drawn">Whether an element has an image (only those are drawn and labelled).</param>
    public static IReadOnlyList<int> LabelsOf(IEnumerable<Placement> placements, Func<string, bool> drawn, Func<string, bool> chosen) =>
        [.. Merger.PaintOrder(placements, drawn).Select((p, i) => (p.Element, Label: i + 1)).Where(x => x.Label <= 255 && chosen(x.Element)).Select(x => x.Label)];

    /// <summary>Per pixel, 0..1: how much of it the given labels' elements cover (their alpha there).</summary>
    public Plane Coverage(IReadOnlyCollection<int> labels)
    {
        var set = new bool[256];
        foreach (var l in labels) if (l is > 0 and < 256) set[l] = true;
        var coverage = new Plane(Width, Height);
        for (var i = 0; i < coverage.Length; i++) if (set[Labels[i]]) coverage[i] = Alpha[i] / 255f;
        return coverage;
    }

    public Image<Rgba32> ToImage()
    {
        var image = new Image<Rgba32>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var i = y * Width + x;
                    var label = Labels[i];
                    row[x] = new Rgba32(label, Alpha[i], label == 0 ? (byte)0 : ColorMath.ToByte(_weights[label] * WeightUnit / 255f), 255);
                }
            }
        });
        return image;
    }

    public static ElementMattes FromImage(Image<Rgba32> image)
    {
        var mattes = new ElementMattes(image.Width, image.Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    var i = y * image.Width + x;
                    mattes.Labels[i] = p.R;
                    mattes.Alpha[i] = p.G;
                    if (p.R == 0) continue;
                    mattes._weights[p.R] = p.B / WeightUnit;
                    if (p.R > mattes.Count) mattes.Count = p.R;
                }
            }
        });
        return mattes;
    }
}

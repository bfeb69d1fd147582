using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Abstract, after Kandinsky's compositions: broad colour fields that keep the scene's layout (the picture blurred
/// far past its detail and pushed to a modernist palette, so sky, sea and ground become flat bands of colour),
/// geometric shapes where the scene has its figures and detail (circles with rings, triangles, tilted bars, in
/// contrasting palette colours), a few long straight lines and arcs crossing the canvas, and the sketch's outlines
/// as free black drawing on top, so the subject still reads through the abstraction.
/// </summary>
public sealed class AbstractRenderer : IStyleRenderer
{
    private static readonly string[] PaletteHex =
    [
        "#d62d20", "#f4c20d", "#1c4fa1", "#6fa8dc", "#2f8f5b", "#ee7b22", "#f1ede3",
        "#e48fa0", "#6a3d9a", "#c9a227", "#1f7f8c", "#a7c957", "#8c2f39", "#2b2b3a",
    ];

    public string Style => StyleNames.Abstract;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var random = new Random(context.SeedFor(Style));
        var palette = PaletteHex.Select(ColorMath.Hex).ToArray();

        // Colour fields: the layout's big areas, flattened and pushed to the palette.
        var fields = context.Source.Blurred(22f * s);
        var output = new RgbPlanes(w, h);
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var (r, g, b) = (fields.R[i], fields.G[i], fields.B[i]);
                var p = palette[UkiyoERenderer.Nearest(palette, r, g, b)];
                output.R[i] = p.R * 0.7f + r * 0.3f;
                output.G[i] = p.G * 0.7f + g * 0.3f;
                output.B[i] = p.B * 0.7f + b * 0.3f;
            }
        });

        // Shapes where the scene has its figures and detail, largest first so small ones sit on top.
        var detail = context.Ink.Blurred(12f * s);
        var shapes = new List<(float X, float Y, float Size, float Weight)>();
        var cell = 56f * s;
        for (var cy = cell / 2; cy < h; cy += cell)
            for (var cx = cell / 2; cx < w; cx += cell)
            {
                var x = cx + ((float)random.NextDouble() - 0.5f) * cell * 0.8f;
                var y = cy + ((float)random.NextDouble() - 0.5f) * cell * 0.8f;
                var busy = detail[context.IndexAt(x, y)];
                var chance = 0.06f + Math.Min(0.8f, busy * 6f);
                if (random.NextDouble() < chance) shapes.Add((x, y, cell * (0.25f + 0.6f * (float)random.NextDouble()) * (busy > 0.05f ? 1.3f : 0.8f), busy));
            }
        foreach (var shape in shapes.OrderByDescending(t => t.Size))
        {
            var under = Colour(context.Source, context.IndexAt(shape.X, shape.Y));
            var fill = Contrasting(palette, under, random);
            var ring = Contrasting(palette, fill, random);
            switch (random.Next(4))
            {
                case 0 or 1:
                    Shapes.Disc(output, shape.X, shape.Y, shape.Size * 0.5f, fill, 0.88f);
                    Shapes.Ring(output, shape.X, shape.Y, shape.Size * 0.5f, 2.2f * s, ring, 0.95f);
                    if (random.NextDouble() < 0.5) Shapes.Disc(output, shape.X, shape.Y, shape.Size * 0.22f, ring, 0.9f);
                    break;
                case 2:
                    var a = (float)random.NextDouble() * MathF.Tau;
                    var r = shape.Size * 0.6f;
                    Shapes.Polygon(output, [
                        (shape.X + r * MathF.Cos(a), shape.Y + r * MathF.Sin(a)),
                        (shape.X + r * MathF.Cos(a + 2.2f), shape.Y + r * MathF.Sin(a + 2.2f)),
                        (shape.X + r * MathF.Cos(a + 4.1f), shape.Y + r * MathF.Sin(a + 4.1f))], fill, 0.85f);
                    break;
                default:
                    var angle = ((float)random.NextDouble() - 0.5f) * 1.4f;
                    var (dx, dy) = (MathF.Cos(angle), MathF.Sin(angle));
                    var (len, thick) = (shape.Size * 0.9f, shape.Size * 0.22f);
                    Shapes.Polygon(output, [
                        (shape.X - dx * len - dy * thick, shape.Y - dy * len + dx * thick),
                        (shape.X + dx * len - dy * thick, shape.Y + dy * len + dx * thick),
                        (shape.X + dx * len + dy * thick, shape.Y + dy * len - dx * thick),
                        (shape.X - dx * len + dy * thick, shape.Y - dy * len - dx * thick)], fill, 0.85f);
                    break;
            }
        }

        // A few long lines and arcs across the canvas: the composition's rhythm.
        var ink = new Rgb(0.08f, 0.08f, 0.1f);
        var lineCount = 5 + random.Next(4);
        for (var k = 0; k < lineCount; k++)
        {
            var x0 = (float)random.NextDouble() * w;
            var y0 = (float)random.NextDouble() * h;
            var angle = (float)random.NextDouble() * MathF.PI;
            var length = (0.3f + 0.5f * (float)random.NextDouble()) * Math.Max(w, h);
            Shapes.Line(output, x0, y0, x0 + MathF.Cos(angle) * length, y0 + MathF.Sin(angle) * length, (1.2f + 2.2f * (float)random.NextDouble()) * s, ink, 0.9f);
        }
        for (var k = 0; k < 2; k++)
            Shapes.Ring(output, (float)random.NextDouble() * w, (float)random.NextDouble() * h, (0.2f + 0.3f * (float)random.NextDouble()) * Math.Min(w, h),
                1.6f * s, ink, 0.75f, arcFrom: (float)random.NextDouble() * MathF.Tau, arcLength: 1.2f + 1.5f * (float)random.NextDouble());

        // The sketch's outlines as free black drawing, so the figures read through the shapes.
        var lines = context.Ink.Blurred(0.8f * s);
        var grain = PaperTexture.Canvas(w, h, s, context.SeedFor(Style) + 1);
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var line = ColorMath.SmoothStep(0.3f, 0.7f, lines[i]) * 0.92f; // figure outlines; faint scenery lines stay out
                var t = 1f + grain[i] * 0.05f;
                output.R[i] = ColorMath.Clamp01((output.R[i] + (ink.R - output.R[i]) * line) * t);
                output.G[i] = ColorMath.Clamp01((output.G[i] + (ink.G - output.G[i]) * line) * t);
                output.B[i] = ColorMath.Clamp01((output.B[i] + (ink.B - output.B[i]) * line) * t);
            }
        });
        return output;
    }

    private static Rgb Colour(RgbPlanes source, int i) => new(source.R[i], source.G[i], source.B[i]);

    /// <summary>A palette colour far from the given one (a shape stands out from its field), picked among the farthest few.</summary>
    private static Rgb Contrasting((float R, float G, float B)[] palette, Rgb under, Random random)
    {
        var ranked = palette.OrderByDescending(p => (p.R - under.R) * (p.R - under.R) + (p.G - under.G) * (p.G - under.G) + (p.B - under.B) * (p.B - under.B)).Take(5).ToArray();
        var p = ranked[random.Next(ranked.Length)];
        return new Rgb(p.R, p.G, p.B);
    }
}

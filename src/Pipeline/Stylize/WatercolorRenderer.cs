using Easel.Pipeline.Imaging;
using Easel.Pipeline.Style;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Watercolour: transparent washes on white cold-press paper. Colours are simplified and lightened, bleed
/// a little past their shapes, pool darker at the edges of each wash, granulate in the paper's grain,
/// leave the paper white in the highlights, and the light pencil sketch shows through.
/// Pigment density follows Bousseau et al. 2006 ("Interactive watercolor rendering with temporal coherence").
/// </summary>
public sealed class WatercolorRenderer : IStyleRenderer
{
    public string Style => StyleNames.Watercolor;

    public RgbPlanes Render(StyleContext context)
    {
        var s = context.Scale;
        var w = context.Width;
        var h = context.Height;
        var seed = context.SeedFor(Style);
        var abstracted = context.Source.Blurred(3.5f * s);
        var wide = abstracted.Blurred(5f * s);
        var flowX = HashNoise.FbmPlane(w, h, 45f * s, seed, 3);
        var flowY = HashNoise.FbmPlane(w, h, 45f * s, seed + 1, 3);
        var turbulence = HashNoise.FbmPlane(w, h, 28f * s, seed + 2, 4);
        var grain = PaperTexture.Grain(w, h, s, seed + 3);
        var lines = context.Ink;
        var output = new RgbPlanes(w, h);
        var bleed = 5f * s;
        Parallel.For(0, h, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                // Soft bleeding: colours are fetched a few pixels away along a slow, noisy flow.
                var j = context.IndexAt(x + (flowX[i] - 0.5f) * 2f * bleed, y + (flowY[i] - 0.5f) * 2f * bleed);
                var r = abstracted.R[j];
                var g = abstracted.G[j];
                var b = abstracted.B[j];
                // Edge darkening: where the wash differs from its wider surroundings the pigment pools.
                var edge = MathF.Abs(r - wide.R[j]) + MathF.Abs(g - wide.G[j]) + MathF.Abs(b - wide.B[j]);
                var pool = MathF.Min(1f, edge * 5f);
                var luma = ColorMath.Luma(r, g, b);
                // Lighter, more transparent pigment than the picture's colour.
                r = 1f - (1f - r) * 0.8f;
                g = 1f - (1f - g) * 0.8f;
                b = 1f - (1f - b) * 0.8f;
                var pigment = 1f - ColorMath.Luma(r, g, b);
                var density = 1f + (turbulence[i] - 0.5f) * 0.8f + pool * 0.8f + grain[i] * 0.45f * MathF.Min(1f, pigment * 3f);
                r = Modify(r, density);
                g = Modify(g, density);
                b = Modify(b, density);
                // Highlights: the brush leaves the paper white, with a ragged border.
                var white = ColorMath.SmoothStep(0.74f, 0.84f, luma + (turbulence[i] - 0.5f) * 0.3f);
                r += (1f - r) * white;
                g += (1f - g) * white;
                b += (1f - b) * white;
                // Paper tooth catches a little light everywhere; the pencil sketch shows through faintly.
                var tooth = 1f + grain[i] * 0.025f;
                var pencil = 1f - lines[i] * 0.32f;
                output.R[i] = ColorMath.Clamp01(r * tooth * pencil);
                output.G[i] = ColorMath.Clamp01(g * tooth * pencil);
                output.B[i] = ColorMath.Clamp01(b * tooth * pencil);
            }
        });
        return output;
    }

    /// <summary>Bousseau's density modification: d > 1 darkens and saturates, d &lt; 1 thins the pigment.</summary>
    private static float Modify(float c, float density) => ColorMath.Clamp01(c - (c - c * c) * (density - 1f));
}

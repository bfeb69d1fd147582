using Easel.Pipeline.Imaging;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Stylize;

/// <param name="Merged">The merged image: the colour layout of the picture.</param>
/// <param name="Sketch">The sketch: the picture's lines (white paper, dark lines).</param>
/// <param name="Style">One of the style names.</param>
/// <param name="Strength">0..1 blend of stylized over content; null takes the stylizer's default.</param>
/// <param name="Accent">Per pixel 0..1 (the merged image's size): where the text named the colour of what is
/// drawn ("a red umbrella"). Styles that drop colour (Chinese ink) keep it there, as an accent; null: nowhere.</param>
public sealed record StylizeRequest(Image<Rgba32> Merged, Image<L8> Sketch, string Style, Tone Tone, int Seed, double? Strength = null,
    Plane? Accent = null);

using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Manifest;

/// <summary>One element as manifest.json records it: the scene element plus where its copies were drawn.</summary>
/// <param name="Color">The colour word the text gives the element, or null.</param>
/// <param name="Boxes">Foreground only: one [x, y, width, height] per drawn copy, in pixels of the target image
/// (top-left origin), as regions.png shows it; null for background elements.</param>
/// <param name="Mirrored">Foreground only: per box, whether its image is drawn flipped left to right (for layers).</param>
/// <param name="MappedFrom">The unknown word of the text this element stands for, and why (WordNet), or null.</param>
public sealed record ManifestElement(
    string Name,
    ElementRole Role,
    ElementSource Source,
    int Count,
    string Cue,
    string? Color,
    IReadOnlyList<int[]>? Boxes,
    IReadOnlyList<bool>? Mirrored = null,
    ElementMapping? MappedFrom = null)
{
    /// <summary>The scene's elements with the boxes the layout gave each foreground copy (in copy order).</summary>
    public static IReadOnlyList<ManifestElement> From(SceneDescription scene, SceneLayout layout) =>
        scene.Elements.Select(e =>
        {
            if (e.Role != ElementRole.Foreground) return new ManifestElement(e.Name, e.Role, e.Source, e.Count, e.Cue, e.Color, null, MappedFrom: e.MappedFrom);
            var copies = layout.Placements.Where(p => p.Element == e.Name).OrderBy(p => p.Index).ToList();
            return new ManifestElement(e.Name, e.Role, e.Source, e.Count, e.Cue, e.Color,
                copies.Select(p => new[] { p.X, p.Y, p.Width, p.Height }).ToList(), copies.Select(p => p.Mirrored).ToList(), e.MappedFrom);
        }).ToList();
}

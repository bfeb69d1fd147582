using Easel.Pipeline.Foreground;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Initial;

/// <summary>Renders the scenery procedurally and draws every foreground element into it.</summary>
public sealed class InitialRenderer(AssetPack assets)
{
    public InitialImage Render(SceneDescription scene, SceneLayout layout, int seed)
    {
        // Placeholder until the rendering stage lands: sky over ground, sprites as boxes.
        var image = new Image<Rgba32>(layout.Width, layout.Height);
        var regions = new Image<Rgba32>(layout.Width, layout.Height, new Rgba32(0, 0, 0, 255));
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var c = y < layout.HorizonY ? new Rgba32(120, 170, 230) : new Rgba32(90, 160, 70);
                row.Fill(c);
            }
        });
        foreach (var p in layout.Placements)
        {
            using var sprite = assets.Load(p.Element);
            for (var y = Math.Max(0, p.Y); y < Math.Min(layout.Height, p.Y + p.Height); y++)
            for (var x = Math.Max(0, p.X); x < Math.Min(layout.Width, p.X + p.Width); x++)
            {
                image[x, y] = new Rgba32(200, 200, 200);
                regions[x, y] = new Rgba32(255, 0, 0);
            }
        }
        return new InitialImage(image, regions);
    }
}

using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Cli.Tests.Orchestration;

/// <summary>A colour the text names is seen in the painting, also in a style that paints without colour.</summary>
public sealed class NamedColourTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-colour-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("a red umbrella", "umbrella", 0)]
    [InlineData("a blue car on the street", "car", 2)]
    public async Task A_named_colour_stays_in_chinese_ink(string prompt, string element, int channel)
    {
        var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(root))), TimeProvider.System);
        await runner.RunAsync(new PaintRequest(prompt, Seed: 3, Width: 256, Height: 256, Style: "chinese-ink"), [], _ => { });

        var manifest = ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(root, "r0", "manifest.json")));
        var box = manifest.Elements.Single(e => e.Name == element).Boxes!.Single();
        using var target = Image.Load<Rgba32>(Path.Combine(root, "r0", "target.png"));
        // Pixels of the thing's box whose named channel clearly leads the other two: the colour a person sees.
        var coloured = 0;
        var total = 0;
        for (var y = box[1]; y < box[1] + box[3]; y++)
            for (var x = box[0]; x < box[0] + box[2]; x++)
            {
                var p = target[x, y];
                int[] c = [p.R, p.G, p.B];
                total++;
                if (c[channel] - Math.Max(c[(channel + 1) % 3], c[(channel + 2) % 3]) > 40) coloured++;
            }
        Assert.True(coloured > total * 0.15, $"{coloured} of {total} pixels of the {element} show its colour");
        // The rest of the picture is still ink on paper: only the named thing (and the seal) is coloured.
        var outside = 0;
        for (var y = 0; y < target.Height; y++)
            for (var x = 0; x < target.Width; x++)
            {
                var inBox = x >= box[0] - 4 && x < box[0] + box[2] + 4 && y >= box[1] - 4 && y < box[1] + box[3] + 4;
                var p = target[x, y];
                if (!inBox && Math.Max(p.R, Math.Max(p.G, p.B)) - Math.Min(p.R, Math.Min(p.G, p.B)) > 60) outside++;
            }
        Assert.True(outside < target.Width * target.Height * 0.03, $"{outside} coloured pixels outside the {element}");
    }
}

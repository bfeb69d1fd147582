using Easel.Cli.Eval.GenEval;
using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Tests.Eval;

/// <summary>A named colour survives the style: the element's pixels in target.png are named that colour.</summary>
public sealed class NamedColourAfterStyleTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-hue-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    // GenEval's colour_attr prompts that read pink: realism's warm grade turned a mid-band purple past 290 degrees.
    [InlineData("a photo of a purple wine glass and a black apple", "wine glass", "purple", "realism")]
    [InlineData("a photo of a purple tennis racket and a black sink", "tennis racket", "purple", "realism")]
    [InlineData("a purple umbrella", "umbrella", "purple", "romanticism")]
    [InlineData("a blue toilet", "toilet", "blue", "realism")]
    public async Task The_named_colour_is_what_the_pixels_show(string prompt, string element, string color, string style)
    {
        var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(root))), TimeProvider.System);
        await runner.RunAsync(new PaintRequest(prompt, Seed: 1, Width: 256, Height: 256, Style: style), [], _ => { });
        var folder = Path.Combine(root, "r0");
        var manifest = ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var found = await GenEvalCommand.DetectAsync(manifest, folder, new Dictionary<string, IReadOnlyList<string>> { [element] = [element] });
        Assert.Equal(color, Assert.Single(found[element]).Color);
    }
}

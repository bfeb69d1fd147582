using System.Text.Json;
using Easel.Cli.Eval;
using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;
using Easel.Pipeline.Style;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

// docs/gallery/<case>.png: the target of every public eval prompt (and of each of its revisions);
// docs/styles.png: one scene in all nine styles, in the order of StyleNames.All, three to a row.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Gallery <eval prompts.json> [repository root] [stylizer]");
    return 2;
}
var repo = args.Length > 1 ? args[1] : ".";
var stylizer = args.Length > 2 ? args[2] : "auto";
var gallery = Directory.CreateDirectory(Path.Combine(repo, "docs", "gallery")).FullName;
var scratch = Directory.CreateTempSubdirectory("easel-gallery-").FullName;
// One catalog per process: it holds the model sessions, which are costly to create.
var stylizers = StylizerCatalog.CreateDefault();

async Task<string> PaintAsync(string name, PaintRequest request, IReadOnlyList<string> revisions)
{
    var folder = Path.Combine(scratch, name);
    var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(folder), stylizers)), TimeProvider.System);
    await runner.RunAsync(request, revisions, _ => { });
    return folder;
}

var cases = JsonSerializer.Deserialize<EvalFile>(File.ReadAllBytes(args[0]), JsonSerializerOptions.Web)!.Cases;
foreach (var evalCase in cases)
{
    var revisions = evalCase.Revisions?.Select(r => r.Text).ToList() ?? [];
    var folder = await PaintAsync(evalCase.Id, new PaintRequest(evalCase.Prompt, evalCase.Seed, Stylizer: stylizer), revisions);
    File.Copy(Path.Combine(folder, "r0", "target.png"), Path.Combine(gallery, $"{evalCase.Id}.png"), overwrite: true);
    for (var k = 1; k <= revisions.Count; k++)
        File.Copy(Path.Combine(folder, $"r{k}", "target.png"), Path.Combine(gallery, $"{evalCase.Id}-r{k}.png"), overwrite: true);
    Console.WriteLine($"{evalCase.Id}: {evalCase.Prompt}");
}

const int Tile = 384;
const int Gap = 8;
using var sheet = new Image<Rgba32>(3 * Tile + 4 * Gap, 3 * Tile + 4 * Gap, new Rgba32(245, 242, 235));
for (var k = 0; k < StyleNames.All.Count; k++)
{
    var style = StyleNames.All[k];
    var folder = await PaintAsync($"style-{style}", new PaintRequest("happily sailing in the sea near a lighthouse", 3, Tile, Tile, style, stylizer), []);
    using var target = Image.Load<Rgba32>(Path.Combine(folder, "r0", "target.png"));
    sheet.Mutate(c => c.DrawImage(target, new Point(Gap + (k % 3) * (Tile + Gap), Gap + (k / 3) * (Tile + Gap)), 1f));
    Console.WriteLine($"style sheet: {style}");
}
sheet.SaveAsPng(Path.Combine(repo, "docs", "styles.png"));
Directory.Delete(scratch, recursive: true);
return 0;

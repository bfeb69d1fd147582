using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Tests.Orchestration;

public sealed class PaintOrchestratorTests : IDisposable
{
    private const string ThreeThings = "a goose, a dog and a cat on the grass";
    private readonly string root = Directory.CreateTempSubdirectory("easel-orch-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static PaintRequest Request(string prompt) => new(prompt, Seed: 5, Width: 160, Height: 160);

    [Fact]
    public async Task Three_foreground_elements_fan_out_in_parallel_with_the_background()
    {
        var recorder = new ActivityRecorder();
        var activities = recorder.Wrap(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(root))));

        var state = await TestHostRunner.RunAsync(activities, Request(ThreeThings), []);

        var calls = recorder.Calls.ToList();
        var names = calls.Select(c => c.Name).ToList();
        Assert.Equal(
            [ActivityNames.AnalyzeText, ActivityNames.DecideStyle, ActivityNames.ComposeScene],
            names.Take(3));
        var fanOut = calls.Skip(3).Take(4).ToList();
        Assert.Equal(1, fanOut.Count(c => c.Name == ActivityNames.InpaintBackground));
        var elements = fanOut.Where(c => c.Name == ActivityNames.RenderForeground).Select(c => c.InputJson).ToList();
        Assert.Equal(3, elements.Count);
        Assert.Contains(elements, json => json.Contains("\"element\":\"goose\""));
        Assert.Contains(elements, json => json.Contains("\"element\":\"dog\""));
        Assert.Contains(elements, json => json.Contains("\"element\":\"cat\""));
        Assert.Equal(
            [ActivityNames.MergeScene, ActivityNames.SketchImage, ActivityNames.StylizeImage, ActivityNames.WriteManifest],
            names.Skip(7));
        // The four fan-out activities were scheduled together: more than one was running at a time.
        Assert.True(recorder.MaxInFlight >= 2, $"at most {recorder.MaxInFlight} activity ran at once");
        Assert.Equal(0, state.Revision);
        Assert.True(File.Exists(Path.Combine(root, "r0", "target.png")));
    }

    [Fact]
    public async Task A_tone_only_revision_runs_nothing_upstream_of_stylize()
    {
        var recorder = new ActivityRecorder();
        var activities = recorder.Wrap(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(root))));

        await TestHostRunner.RunAsync(activities, Request(ThreeThings), ["I prefer darker ones"]);

        var revision = recorder.Calls.SkipWhile(c => c.Name != ActivityNames.ReviseScene).Select(c => c.Name).ToList();
        Assert.Equal(
            [ActivityNames.ReviseScene, ActivityNames.DecideStyle, ActivityNames.CopyArtifacts, ActivityNames.StylizeImage, ActivityNames.WriteManifest],
            revision.Distinct());
        foreach (var file in new[] { "initial.png", "regions.png", "background.png", "merged.png", "sketch.png", "target.png", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(root, "r1", file)), $"r1/{file} is missing");
        Assert.Equal(File.ReadAllBytes(Path.Combine(root, "r0", "merged.png")), File.ReadAllBytes(Path.Combine(root, "r1", "merged.png")));
    }

    [Fact]
    public async Task The_in_process_path_and_Durables_test_host_write_identical_artifacts()
    {
        var viaHost = Path.Combine(root, "host");
        var inProcess = Path.Combine(root, "inproc");
        string[] revisions = ["I prefer darker ones"];

        await TestHostRunner.RunAsync(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(viaHost))), Request(ThreeThings), revisions);
        var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(inProcess))), TimeProvider.System);
        await runner.RunAsync(Request(ThreeThings), revisions, _ => { });

        var files = Directory.GetFiles(viaHost, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(viaHost, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(inProcess, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(inProcess, f)).Order());
        Assert.Contains(Path.Combine("r1", "target.png"), files);
        foreach (var file in files.Where(f => f.EndsWith(".png")))
            Assert.True(File.ReadAllBytes(Path.Combine(viaHost, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(inProcess, file))), $"{file} differs");
        foreach (var file in files.Where(f => f.EndsWith("manifest.json")))
        {
            var a = ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(viaHost, file)));
            var b = ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(inProcess, file)));
            Assert.Equal(ManifestJson.Serialize(a with { TimingsMs = new Dictionary<string, double>() }),
                ManifestJson.Serialize(b with { TimingsMs = new Dictionary<string, double>() }));
        }
    }

    [Fact]
    public void Every_activity_name_the_orchestrator_calls_is_registered()
    {
        var names = typeof(ActivityNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Where(n => n != ActivityNames.Orchestrator).Order();
        var registered = PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(root))).Keys.Order();
        Assert.Equal(names, registered);
    }
}

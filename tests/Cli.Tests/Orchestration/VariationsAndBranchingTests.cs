using Easel.Cli.Generate;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Manifest;
using Easel.Pipeline.Orchestration;

namespace Easel.Cli.Tests.Orchestration;

/// <summary>Variations (n candidates per revision, a fan-out of whole renderings) and branching (a revision continues
/// from any earlier revision's candidate), on Durable's test host with replay and on generate's in-process path.</summary>
public sealed class VariationsAndBranchingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-variations-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly PaintRequest Request = new("a goose on the grass", Seed: 3, Width: 160, Height: 160, Candidates: 2);

    // r0: two candidates; r1 continues from r0's candidate 1 with a style-only change; r2 goes back to r0's candidate 0
    // and adds a thing, painting three candidates.
    private static readonly RevisionEvent[] Conversation =
    [
        new("make it ukiyo-e", From: new RevisionSource(0, 1)),
        new("add a dog", Candidates: 3, From: new RevisionSource(0, 0)),
    ];

    private byte[] Read(string folder, params string[] path) => File.ReadAllBytes(Path.Combine([root, folder, .. path]));

    [Fact]
    public async Task Candidates_get_their_own_folders_and_a_revision_continues_from_the_one_it_names()
    {
        var state = await TestHostRunner.RunConversationAsync(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.Combine(root, "host")))),
            Request, Conversation);

        // rK/ is candidate 0 (what clients that know one picture read), and each candidate has rK/cJ/.
        Assert.Equal(Read("host", "r0", "target.png"), Read("host", "r0", "c0", "target.png"));
        Assert.Equal(Read("host", "r0", "merged.png"), Read("host", "r0", "c0", "merged.png"));
        Assert.NotEqual(Read("host", "r0", "c0", "merged.png"), Read("host", "r0", "c1", "merged.png")); // another take: its own composition
        var first = ManifestJson.Deserialize(Read("host", "r0", "c1", "manifest.json"));
        Assert.Equal(1, first.Candidate);
        Assert.NotEqual(Request.Seed, first.Seed);

        // r1 continued from candidate 1: only the style changed, so its composition is candidate 1's, carried over.
        Assert.Equal(Read("host", "r0", "c1", "merged.png"), Read("host", "r1", "merged.png"));
        Assert.False(Directory.Exists(Path.Combine(root, "host", "r1", "c0")), "one candidate needs no candidate folders");
        var r1 = ManifestJson.Deserialize(Read("host", "r1", "manifest.json"));
        Assert.Equal(new RevisionSource(0, 1), r1.From);
        Assert.Equal("ukiyo-e", r1.Style.Name);

        // r2 went back to candidate 0 of r0: r0's style, not r1's, and a dog in each of its three candidates.
        var r0 = ManifestJson.Deserialize(Read("host", "r0", "manifest.json"));
        Assert.NotEqual("ukiyo-e", r0.Style.Name);
        foreach (var candidate in new[] { "c0", "c1", "c2" })
        {
            var manifest = ManifestJson.Deserialize(Read("host", "r2", candidate, "manifest.json"));
            Assert.Equal(new RevisionSource(0, 0), manifest.From);
            Assert.Equal(r0.Style.Name, manifest.Style.Name);
            Assert.Contains(manifest.Elements, e => e.Name == "dog");
        }

        // The history is the tree, and the picture carries only its own branch.
        Assert.Equal([null, new RevisionSource(0, 1), new RevisionSource(0, 0)], state.History.Select(r => r.From));
        Assert.Equal([2, 1, 3], state.History.Select(r => r.Candidates));
        var embedded = PictureParameters.Read(Read("host", "r2", "target.png"))!;
        Assert.Equal([0, 2], embedded.Revisions.Select(r => r.Revision));
    }

    [Fact]
    public async Task Generate_writes_the_same_candidates_as_Durables_test_host()
    {
        await TestHostRunner.RunConversationAsync(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.Combine(root, "host")))),
            Request, Conversation);
        var runner = new InProcessPaintRunner(PaintActivities.Create(PaintServices.CreateDefault(new FileArtifactStore(Path.Combine(root, "inproc")))), TimeProvider.System);
        await runner.RunConversationAsync(Request, Conversation, _ => { });

        var files = Files("host");
        Assert.Equal(files, Files("inproc"));
        Assert.Contains(Path.Combine("r2", "c2", "target.png"), files);
        foreach (var file in files.Where(f => f.EndsWith(".png")))
            Assert.True(Read("host", file).SequenceEqual(Read("inproc", file)), $"{file} differs");
    }

    private List<string> Files(string folder) =>
        [.. Directory.GetFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, folder), f)).Order()];
}

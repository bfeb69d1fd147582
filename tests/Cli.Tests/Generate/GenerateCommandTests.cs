using Easel.Pipeline.Manifest;

namespace Easel.Cli.Tests.Generate;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-cli-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["generate", ""], "prompt is empty" },
        { ["generate", "   "], "prompt is empty" },
        { ["generate", new string('a', 2001)], "longer than 2000" },
        { ["generate", "a goose\u0001 on grass"], "control character" },
        { ["generate", "a goose", "--style", "cubism"], "unknown style 'cubism'" },
        { ["generate", "a goose", "--stylizer", "magic"], "unknown stylizer 'magic'" },
        { ["generate", "a goose", "--size", "32x32"], "between 64 and 2048" },
        { ["generate", "a goose", "--size", "4096x512"], "between 64 and 2048" },
        { ["generate", "a goose", "--size", "big"], "--size must look like 512x512" },
        { ["generate", "a goose", "--seed", "seven"], "seven" },
        { ["generate", "a goose", "--revise", ""], "--revise text is empty" },
        { ["generate"], "Required argument missing" },
        { ["generate", "\u200b\u200b\u200d"], "no visible characters" },
        { ["generate", "a goose", "--style-strength", "abc"], "as a number" },
        { ["generate", "a goose", "--seed", "1.5"], "as a whole number" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_one_line_exit_code_2_and_writes_nothing(string[] args, string expected)
    {
        var output = Path.Combine(root, "out");
        var result = await CliProcess.RunAsync([.. args, "--out", output]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("System.", result.Stderr); // no .NET type names
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public async Task An_out_that_is_a_file_is_refused()
    {
        var file = Path.Combine(root, "taken");
        await File.WriteAllTextAsync(file, "keep me");

        var result = await CliProcess.RunAsync("generate", "a goose on the grass", "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file", result.Stderr);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task A_folder_with_other_files_is_never_overwritten()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "mine")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "mine");

        var result = await CliProcess.RunAsync("generate", "a goose on the grass", "--out", folder, "--size", "96x96");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Generate_writes_every_stage_for_every_revision_and_is_repeatable()
    {
        var first = Path.Combine(root, "first");
        var second = Path.Combine(root, "second");
        string[] args = ["generate", "a goose standing on the grass", "--seed", "3", "--size", "128x96", "--revise", "I prefer darker ones"];

        var a = await CliProcess.RunAsync([.. args, "--out", first]);
        var b = await CliProcess.RunAsync([.. args, "--out", second]);

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Contains("[r0] stylize", a.Stderr);
        Assert.Contains("[r1] stylize", a.Stderr);
        foreach (var revision in new[] { "r0", "r1" })
        {
            foreach (var file in new[] { "initial.png", "regions.png", "background.png", "merged.png", "sketch.png", "target.png", "manifest.json" })
                Assert.True(File.Exists(Path.Combine(first, revision, file)), $"{revision}/{file} is missing");
        }
        var manifest = ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(first, "r1", "manifest.json")));
        Assert.Equal(1, manifest.Revision);
        Assert.Equal("I prefer darker ones", manifest.RevisionText);
        Assert.Equal((128, 96, 3), (manifest.Width, manifest.Height, manifest.Seed));
        Assert.Contains(manifest.Elements, e => e.Name == "goose");
        foreach (var file in Directory.GetFiles(first, "*.png", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetRelativePath(first, file))));
        Assert.Equal(a.Stdout.Replace(first, "X"), b.Stdout.Replace(second, "X"));
    }

    [Fact]
    public async Task A_new_generation_replaces_an_old_one_whole()
    {
        var output = Path.Combine(root, "out");
        var old = await CliProcess.RunAsync("generate", "a dog on the beach", "--out", output, "--size", "96x96", "--revise", "darker", "--revise", "lighter");
        Assert.Equal(0, old.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(output, "r2")));

        var result = await CliProcess.RunAsync("generate", "a cat in the city", "--out", output, "--size", "96x96");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["r0"], Directory.GetDirectories(output).Select(Path.GetFileName));
        Assert.Equal("a cat in the city", ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(output, "r0", "manifest.json"))).Prompt);
        Assert.DoesNotContain(Directory.GetDirectories(root), d => d.Contains(".partial-") || d.Contains(".old-"));
    }
}

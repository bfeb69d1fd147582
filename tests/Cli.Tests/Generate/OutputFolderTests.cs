using System.Diagnostics;

namespace Easel.Cli.Tests.Generate;

/// <summary>--out as users write it (trailing slash, missing parents), unwritable places, and interrupted runs.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("easel-out-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("new/")]
    [InlineData("made/of/missing/parents")]
    [InlineData("made/of/missing/parents/")]
    public async Task Out_with_a_trailing_slash_or_missing_parents_is_written(string relative)
    {
        var output = Path.Combine(root, relative);
        var result = await CliProcess.RunAsync("generate", "a goose on the grass", "--out", output, "--size", "96x96");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "r0", "target.png")));
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!), d => d.Contains(".partial-"));
    }

    [Fact]
    public async Task An_existing_empty_folder_with_a_trailing_slash_is_written()
    {
        var output = Directory.CreateDirectory(Path.Combine(root, "empty")).FullName + "/";
        var result = await CliProcess.RunAsync("generate", "a goose on the grass", "--out", output, "--size", "96x96");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "r0", "target.png")));
    }

    [Fact]
    public async Task An_out_below_a_file_gets_exit_2_naming_it()
    {
        var file = Path.Combine(root, "a-file");
        await File.WriteAllTextAsync(file, "x");
        var result = await CliProcess.RunAsync("generate", "a goose", "--out", Path.Combine(file, "out"), "--size", "96x96");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file, result.Stderr);
    }

    [Fact]
    public async Task An_unwritable_out_gets_exit_2_naming_the_folder()
    {
        // /proc refuses new folders even to root, the user these tests may run as (chmod would not stop root).
        var result = await CliProcess.RunAsync("generate", "a goose", "--out", "/proc/easel-test-out", "--size", "96x96");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: cannot write to '/proc'", line);
        Assert.DoesNotContain("Exception", line);
    }

    [Fact]
    public async Task A_stale_staging_folder_of_a_dead_run_is_removed_and_a_live_ones_is_kept()
    {
        var output = Path.Combine(root, "out");
        var dead = Directory.CreateDirectory($"{output}.partial-{int.MaxValue - 1}").FullName;
        await File.WriteAllTextAsync(Path.Combine(dead, "half.png"), "x");
        var live = Directory.CreateDirectory($"{output}.partial-{Environment.ProcessId}").FullName;
        var other = Directory.CreateDirectory(Path.Combine(root, "unrelated.partial-1")).FullName;

        var result = await CliProcess.RunAsync("generate", "a goose", "--out", output, "--size", "96x96");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live)); // this test process is alive: it may still be writing there
        Assert.True(Directory.Exists(other)); // another folder's
    }

    [Fact]
    public async Task SIGTERM_removes_the_staging_folder_and_keeps_the_old_output()
    {
        var output = Path.Combine(root, "out");
        Assert.Equal(0, (await CliProcess.RunAsync("generate", "a goose", "--out", output, "--size", "96x96")).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(output, "r0", "target.png"));

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { CliProcess.CliPath(), "generate", "two geese on the grass under a big tree", "--out", output, "--size", "2048x2048" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var staging = $"{output}.partial-{process.Id}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.Exists(staging) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Directory.Exists(staging), "the run never started staging");
        await Task.Delay(500);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        await process.WaitForExitAsync();
        await stderr;

        Assert.NotEqual(0, process.ExitCode);
        Assert.False(Directory.Exists(staging), "the staging folder was left behind");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "r0", "target.png")));
    }
}

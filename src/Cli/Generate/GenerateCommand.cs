using System.Runtime.InteropServices;
using Easel.Pipeline.Artifacts;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Stylize;

namespace Easel.Cli.Generate;

/// <summary>`generate`: the whole orchestration in this process, with a progress line per stage on stderr.</summary>
public static class GenerateCommand
{
    /// <param name="stylizers">The process's stylizers and model slots (from its settings).</param>
    public static async Task<int> RunAsync(GenerateOptions options, StylizerCatalog stylizers, TextWriter stdout, TextWriter stderr)
    {
        var request = new PaintRequest(options.Text, options.Seed, options.Width, options.Height, options.Style,
            options.Stylizer, options.StyleStrength, Candidates: options.Candidates);
        var problem = PaintRequestValidator.Problem(request)
            ?? options.Revisions.Select(r => PaintRequestValidator.TextProblem(r, "--revise text")).FirstOrDefault(p => p is not null);
        var (folder, folderProblem) = OutputFolder.Open(options.OutDirectory);
        if ((problem ?? folderProblem ?? folder!.Prepare()) is { } reason)
        {
            await stderr.WriteLineAsync($"error: {reason}");
            return ExitCodes.BadInput;
        }

        // Ctrl+C or SIGTERM: remove the staging folder before the process goes (the old --out stays as it was).
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => folder!.Interrupt());
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => folder!.Interrupt());
        try
        {
            var store = new FileArtifactStore(folder!.Staging);
            var services = PaintServices.CreateDefault(store, stylizers);
            var runner = new InProcessPaintRunner(PaintActivities.Create(services), TimeProvider.System);
            var progress = new ProgressPrinter(stderr);
            var state = await runner.RunAsync(request, options.Revisions, progress.Report, candidates: options.Candidates);
            if (options.Layers)
            {
                foreach (var revision in state.History)
                    await store.WriteAsync(ArtifactKeys.For("", revision.Revision, OpenRasterFile.Name),
                        await OpenRasterFile.BuildAsync(store, "", revision.Revision), "image/openraster");
            }
            folder.Commit();
            foreach (var revision in state.History)
            {
                await stdout.WriteLineAsync(Path.Combine(folder.Path, revision.Target));
                for (var candidate = 1; candidate < revision.Candidates; candidate++)
                    await stdout.WriteLineAsync(Path.Combine(folder.Path, ArtifactKeys.For("", revision.Revision, candidate, ArtifactKeys.Target)));
            }
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            folder!.Discard();
            await stderr.WriteLineAsync("error: interrupted; nothing was written");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e.GetBaseException() is UnauthorizedAccessException or IOException)
        {
            folder!.Discard();
            await stderr.WriteLineAsync($"error: cannot write '{folder.ShownAs}': {OutputFolder.Reason(e.GetBaseException())}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            folder!.Discard();
            await stderr.WriteLineAsync($"error: generation failed: {e.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
    }
}

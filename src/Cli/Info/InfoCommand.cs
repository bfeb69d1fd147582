using System.Text.Json;
using Easel.Pipeline.Manifest;

namespace Easel.Cli.Info;

/// <summary>`info FILE.png`: prints the parameters a picture carries (its PNG text entries), as PNG-info readers show them.</summary>
public static class InfoCommand
{
    public static async Task<int> RunAsync(string path, TextWriter output, TextWriter error)
    {
        byte[] png;
        try
        {
            png = await File.ReadAllBytesAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot read '{path}': {e.Message}");
            return ExitCodes.BadInput;
        }
        try
        {
            var entries = PngTextChunks.Read(png);
            var parameters = entries.FirstOrDefault(e => e.Key == PictureParameters.ParametersKeyword).Value;
            var embedded = PictureParameters.Read(png);
            if (parameters is null && embedded is null)
            {
                await error.WriteLineAsync($"error: '{path}' carries no Easel parameters (it was not painted by Easel, or its metadata was stripped)");
                return ExitCodes.BadInput;
            }
            if (parameters is not null) await output.WriteLineAsync($"parameters:\n{parameters}");
            if (embedded is not null)
                await output.WriteLineAsync($"easel:\n{JsonSerializer.Serialize(embedded, ManifestJson.Options)}");
            return ExitCodes.Success;
        }
        catch (InvalidDataException e)
        {
            await error.WriteLineAsync($"error: '{path}': {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}

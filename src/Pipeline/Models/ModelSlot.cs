using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Easel.Pipeline.Models;

/// <summary>
/// A configured slot of models.json. Its session is created on first use — checking the file, its sha256, its
/// tensor names and the slot's signature (<see cref="ModelSignatures"/>) — and then shared by every caller in the process; a failure is a <see cref="ModelSlotException"/>,
/// raised again (not retried) on every later use.
/// </summary>
public sealed class ModelSlot : IDisposable
{
    private readonly Lazy<ModelSession> session;

    internal ModelSlot(string name, string folder, ModelSlotConfig config, ModelOptions options, ILogger logger)
    {
        Name = name;
        Folder = folder;
        Config = config;
        session = new Lazy<ModelSession>(() => Open(options, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }
    public string Folder { get; }
    public ModelSlotConfig Config { get; }

    /// <summary>The full path of the slot's ONNX file.</summary>
    public string ModelPath => Path.Combine(Folder, Config.File);

    /// <summary>The shared session (created, checked and cached on the first call).</summary>
    public ModelSession Session => session.Value;

    public bool IsOpen => session.IsValueCreated;

    /// <summary>Reads a file of this slot (relative to the models folder), checking that it exists and has the expected sha256.</summary>
    public byte[] ReadVerified(string relative, string sha256)
    {
        var path = Path.Combine(Folder, relative);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelSlotException(Name, relative, $"file not found at {path}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelSlotException(Name, relative, $"cannot read {path}: {e.Message}", e);
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
            throw new ModelSlotException(Name, relative, $"sha256 mismatch: models.json says {sha256}, the file has {actual} (corrupt or replaced file)");
        return bytes;
    }

    private ModelSession Open(ModelOptions options, ILogger logger)
    {
        var model = ReadVerified(Config.File, Config.Sha256);
        var opened = SessionFactory.Create(Name, Config.File, model, options, logger);
        try
        {
            CheckNames("input", Config.Inputs, opened.Session.InputMetadata.Keys);
            CheckNames("output", Config.Outputs, opened.Session.OutputMetadata.Keys);
            if (ModelSignatures.For(Name)?.Mismatch(Config.Inputs, opened.Session.InputMetadata, Config.Outputs, opened.Session.OutputMetadata) is { } problem)
                throw new ModelSlotException(Name, Config.File, $"wrong signature: {problem} (docs/models.md)");
            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    private void CheckNames(string kind, IReadOnlyList<string> expected, IEnumerable<string> actual)
    {
        var have = actual.ToList();
        var missing = expected.Where(n => !have.Contains(n)).ToList();
        if (missing.Count > 0 || have.Count != expected.Count)
            throw new ModelSlotException(Name, Config.File,
                $"{kind} names differ: models.json expects [{string.Join(", ", expected)}], the model has [{string.Join(", ", have)}]");
    }

    /// <summary>What the manifest records about a run of this slot: the model, its file and sha256, the execution provider.</summary>
    public IReadOnlyDictionary<string, string> Provenance()
    {
        var details = new Dictionary<string, string>
        {
            ["model"] = Config.Model,
            ["modelFile"] = Config.File,
            ["modelSha256"] = Config.Sha256,
        };
        if (IsOpen)
        {
            details["executionProvider"] = Session.Provider;
            if (Session.FallbackReason is { } reason) details["executionProviderFallback"] = reason;
        }
        return details;
    }

    public void Dispose()
    {
        if (session.IsValueCreated)
            session.Value.Dispose();
    }
}

using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Stylize;

/// <summary>Turns sketch + colour layout into the target image in one style.</summary>
public interface IStylizer
{
    /// <summary>"procedural" or "neural": recorded in the manifest.</summary>
    string Kind { get; }

    Image<Rgba32> Stylize(StylizeRequest request);

    /// <summary>What the manifest records about this stylizer for the request (model file, sha256, provider, reference).</summary>
    IReadOnlyDictionary<string, string> Describe(StylizeRequest request) => new Dictionary<string, string>();
}

namespace Easel.Pipeline.Models;

/// <summary>A file of a slot (for example a style reference image), relative to the models folder, with its sha256.</summary>
public sealed record ModelFileReference(string File, string Sha256);

namespace Easel.Pipeline.Models;

/// <summary>How an output tensor becomes pixels: clamp to Range, then multiply by Scale.</summary>
public sealed record TensorPostprocess(IReadOnlyList<double> Range, double Scale);

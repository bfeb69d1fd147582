namespace Easel.Pipeline.Models;

/// <summary>How an image becomes an input tensor: value = (pixel * Scale - Mean[c]) / Std[c], laid out as Layout.</summary>
/// <param name="SizeMultiple">Height and width must be multiples of this (the network's total stride).</param>
/// <param name="ContentMaxSide">The long side the content image is brought to before the model sees it.</param>
/// <param name="StyleMaxSide">The long side of the style image.</param>
public sealed record TensorPreprocess(
    string Layout,
    string Channels,
    double Scale,
    IReadOnlyList<double> Mean,
    IReadOnlyList<double> Std,
    int SizeMultiple,
    int ContentMaxSide,
    int StyleMaxSide);

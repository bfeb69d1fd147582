using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Orchestration.Activities;

/// <param name="Stylizer">procedural, neural or auto.</param>
/// <param name="Strength">0..1 blend of stylized over content; null takes the stylizer's default.</param>
/// <param name="Accents">The mattes' labels of the things whose colour the text named (kept as an accent by styles
/// without colour); null or empty: none.</param>
public sealed record StylizeImageInput(StageInput Stage, string Style, Tone Tone, string Stylizer, double? Strength, IReadOnlyList<int>? Accents = null);

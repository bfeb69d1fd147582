namespace Easel.Pipeline.Orchestration;

/// <summary>What a user asks for: the orchestration's input, validated by <see cref="PaintRequestValidator"/> before it starts.</summary>
/// <param name="Style">A style name to use instead of the one the text suggests.</param>
/// <param name="Stylizer">procedural, neural or auto.</param>
/// <param name="StyleStrength">0..1 blend of stylized over content (neural stylizer); null takes the default.</param>
/// <param name="ArtifactPrefix">The folder of this generation in the artifact store ("" when the store holds just one).</param>
/// <param name="RevisionWindowMinutes">How long the orchestration waits for the next revision before it finishes.</param>
/// <param name="Candidates">How many candidates (variations) revision 0 paints, each with its own seed, 1..<see cref="PaintRequestValidator.MaxCandidates"/>.</param>
/// <param name="CallbackUrl">Where to POST a signed event when each revision is done or the generation fails (webhook); null for none.</param>
/// <param name="Owner">Who started it on an HTTP host: a hash of the caller's key or identity (never the key), null when anonymous.</param>
public sealed record PaintRequest(
    string Prompt,
    int Seed,
    int Width = 512,
    int Height = 512,
    string? Style = null,
    string Stylizer = "auto",
    double? StyleStrength = null,
    string ArtifactPrefix = "",
    double RevisionWindowMinutes = 60,
    string? Owner = null,
    int Candidates = 1,
    string? CallbackUrl = null);

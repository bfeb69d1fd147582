namespace Easel.Pipeline.Orchestration;

/// <summary>The orchestrator's input: the request, and the state carried over ContinueAsNew once revision 0 exists.</summary>
/// <param name="Replay">Comments to apply in order before waiting for new ones (a recalled picture's revision chain).</param>
public sealed record PaintInput(PaintRequest Request, PaintState? State = null, IReadOnlyList<string>? Replay = null);

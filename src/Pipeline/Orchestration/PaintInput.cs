namespace Easel.Pipeline.Orchestration;

/// <summary>The orchestrator's input: the request, and the state carried over ContinueAsNew once revision 0 exists.</summary>
public sealed record PaintInput(PaintRequest Request, PaintState? State = null);

namespace Easel.Pipeline.Orchestration;

/// <summary>The orchestrator's input: the request, and the state carried over ContinueAsNew once revision 0 exists.</summary>
/// <param name="State">Candidate 0 of the latest revision, with the whole revision tree in its history.</param>
/// <param name="Replay">Comments to apply in order before waiting for new ones (a recalled picture's revision chain).</param>
/// <param name="Saved">Every candidate of every revision so far (without history), so that a revision can continue
/// from any of them (<see cref="RevisionEvent.From"/>).</param>
/// <param name="Announce">The latest revision is painted and its webhook not sent yet: the new execution sends it first.
/// Sending it before ContinueAsNew would leave seconds (a receiver that is slow or down) in which a comment or "finish"
/// raised by a client that saw the status say ready arrives at an execution that is about to end.</param>
public sealed record PaintInput(PaintRequest Request, PaintState? State = null, IReadOnlyList<string>? Replay = null, IReadOnlyList<PaintState>? Saved = null,
    bool Announce = false);

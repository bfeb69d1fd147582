namespace Easel.Pipeline.Models;

/// <summary>
/// A model slot that cannot be used: its file is missing or corrupt, its hash or input names differ from models.json,
/// or models.json itself is unreadable. Names the slot and the file, so the fix is obvious from the message alone.
/// </summary>
public sealed class ModelSlotException : Exception
{
    public ModelSlotException(string slot, string file, string problem, Exception? inner = null)
        : base($"model slot '{slot}' ({file}): {problem}", inner)
    {
        Slot = slot;
        File = file;
        Problem = problem;
    }

    public string Slot { get; }
    public string File { get; }
    public string Problem { get; }
}

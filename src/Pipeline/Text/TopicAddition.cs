namespace Easel.Pipeline.Text;

/// <summary>One element a topic word brings ("sailing" -> sailboat).</summary>
/// <param name="Unless">Skip it when the scene already has one of these elements (sailing on a lake needs no sea).</param>
/// <param name="UnlessCategory">Skip it when the scene has a foreground element of one of these categories (a dancing horse brings no dancer).</param>
public sealed record TopicAddition(string Name, IReadOnlyList<string> Unless, IReadOnlyList<string> UnlessCategory);

namespace Easel.Pipeline.Scene;

/// <param name="Name">English, singular, lower case (also for Chinese input).</param>
/// <param name="Cue">The word of the text that brought the element in.</param>
public sealed record SceneElement(string Name, ElementRole Role, ElementSource Source, int Count, string Cue);

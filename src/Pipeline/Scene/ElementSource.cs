using System.Text.Json.Serialization;

namespace Easel.Pipeline.Scene;

/// <summary>Why an element is in the scene: named in the text, expanded from a topic word, or carried by the emotion.</summary>
[JsonConverter(typeof(LowerCaseEnumConverter<ElementSource>))]
public enum ElementSource { Explicit, Expanded, Emotion }

using System.Text.Json.Serialization;

namespace Easel.Pipeline.Scene;

/// <summary>Foreground elements are things drawn as separate images; background elements are scenery.</summary>
[JsonConverter(typeof(LowerCaseEnumConverter<ElementRole>))]
public enum ElementRole { Foreground, Background }

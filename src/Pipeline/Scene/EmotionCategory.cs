using System.Text.Json.Serialization;

namespace Easel.Pipeline.Scene;

[JsonConverter(typeof(LowerCaseEnumConverter<EmotionCategory>))]
public enum EmotionCategory { Neutral, Joy, Sadness, Calm, Passion, Fear, Anger, Loneliness }

using System.Text.Json.Serialization;
using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

[JsonConverter(typeof(LowerCaseEnumConverter<EditKind>))]
public enum EditKind { AddElement, RemoveElement, Darker, Lighter, Warmer, Cooler, ChangeStyle, MoreOf, FewerOf, Replace, Move, Bigger, Smaller, Recolor }

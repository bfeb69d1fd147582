using System.Text.Json;
using System.Text.Json.Serialization;

namespace Easel.Pipeline.Scene;

/// <summary>Writes enums as the lower-case words of the manifest contract ("foreground", "ukiyo-e" style names are strings).</summary>
public sealed class LowerCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

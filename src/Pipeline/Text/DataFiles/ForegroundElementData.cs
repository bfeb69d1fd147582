using System.Text.Json.Serialization;
using Easel.Pipeline.Layout;

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>One drawable thing of foreground.json (tools/ImportEmoji writes it) and its words.</summary>
internal sealed record ForegroundElementData : WordLists
{
    public required string Name { get; init; }
    public string? Emoji { get; init; }
    /// <summary>Whether the asset pack has an image for it.</summary>
    public bool Asset { get; init; }
    public IReadOnlyList<string> Categories { get; set; } = [];
    /// <summary>What a colour word repaints (<see cref="Foreground.RecolorScope"/>, by name); absent, the body.</summary>
    public string? Recolor { get; set; }
    /// <summary>Where it lives and how big it is, from tools/ImportEmoji.</summary>
    [JsonConverter(typeof(ProfileJsonConverter))]
    public ElementProfile? Profile { get; init; }
}

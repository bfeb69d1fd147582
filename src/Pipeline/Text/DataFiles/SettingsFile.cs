namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/settings.json: the settings a painting can be set in and what implies each (<see cref="SettingChooser"/>).</summary>
internal sealed record SettingsFile
{
    /// <summary>Settings under a roof.</summary>
    public required IReadOnlyList<string> Indoor { get; init; }
    /// <summary>Words of the text that name each setting.</summary>
    public required IReadOnlyDictionary<string, WordLists> Named { get; init; }
    /// <summary>Foreground elements that imply each setting, first ones weigh most.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Objects { get; init; }
    /// <summary>Background elements that make each outdoor setting.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Scenery { get; init; }
    /// <summary>Things that are the setting itself when named only to hold other things.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Supports { get; init; }
    public required IReadOnlyList<string> SeenIndoors { get; init; }
    public required IReadOnlyList<string> PaintedIndoors { get; init; }
    /// <summary>Things too big for a room by their size that are still brought indoors (a Christmas tree).</summary>
    public IReadOnlyList<string> AlsoIndoors { get; set; } = [];
}

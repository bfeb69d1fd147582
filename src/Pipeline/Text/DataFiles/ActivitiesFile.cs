namespace Easel.Pipeline.Text.DataFiles;

/// <summary>Text/Data/activities.json: poses from verbs (<see cref="ActivityReader"/>).</summary>
internal sealed record ActivitiesFile
{
    /// <summary>Words that may stand between a person and the activity.</summary>
    public required IReadOnlyList<string> Linking { get; init; }
    /// <summary>Each person element with the kind of figure it takes (person, man, woman).</summary>
    public required IReadOnlyDictionary<string, string> People { get; init; }
    public required IReadOnlyList<ActivityData> Activities { get; init; }
}

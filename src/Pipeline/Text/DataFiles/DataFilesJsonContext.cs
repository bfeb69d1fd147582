using System.Text.Json.Serialization;

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>
/// The data files' JSON, read by source-generated code (no reflection, checked shapes): a missing required member or a
/// value of the wrong kind fails the load with the file and the path instead of a null further on. Members with a
/// default are <c>set</c>, not <c>init</c>: generated code gives an absent init member null, not its default.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(GrammarFile))]
[JsonSerializable(typeof(BackgroundFile))]
[JsonSerializable(typeof(ForegroundFile))]
[JsonSerializable(typeof(ColorsFile))]
[JsonSerializable(typeof(TopicsFile))]
[JsonSerializable(typeof(EmotionsFile))]
[JsonSerializable(typeof(StylesFile))]
[JsonSerializable(typeof(WordNetFile))]
[JsonSerializable(typeof(RevisionsFile))]
[JsonSerializable(typeof(ActivitiesFile))]
[JsonSerializable(typeof(SettingsFile))]
[JsonSerializable(typeof(RelationsFile))]
[JsonSerializable(typeof(SurfacesFile))]
internal sealed partial class DataFilesJsonContext : JsonSerializerContext;

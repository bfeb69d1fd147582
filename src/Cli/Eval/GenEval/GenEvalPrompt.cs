using System.Text.Json;
using System.Text.Json.Serialization;

namespace Easel.Cli.Eval.GenEval;

/// <summary>One line of GenEval's evaluation_metadata.jsonl.</summary>
/// <param name="Tag">single_object, two_object, counting, colors, position or color_attr.</param>
/// <param name="Include">Objects that must be in the picture.</param>
/// <param name="Exclude">Objects that must not reach the given count (counting prompts: exactly n means not n+1).</param>
public sealed record GenEvalPrompt(
    string Tag,
    string Prompt,
    IReadOnlyList<GenEvalObject> Include,
    IReadOnlyList<GenEvalObject>? Exclude)
{
    public static IReadOnlyList<GenEvalPrompt> ReadLines(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<GenEvalPrompt>(line, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"{path}: empty line"))
            .ToList();
}

/// <param name="Class">A COCO class name ("dining table").</param>
/// <param name="Position">[relation, index of the other include]: "left of", "right of", "above", "below".</param>
public sealed record GenEvalObject(
    [property: JsonPropertyName("class")] string Class,
    int Count,
    string? Color,
    IReadOnlyList<JsonElement>? Position)
{
    public (string Relation, int Other)? RelativeTo =>
        Position is [var relation, var other] ? (relation.GetString()!, other.GetInt32()) : null;
}

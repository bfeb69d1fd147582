using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>The JSON data files embedded in the assembly (Text/Data/*.json, Style/Data/*.json).</summary>
internal static class EmbeddedData
{
    /// <summary>Reads one file into its record.</summary>
    /// <param name="resource">The file under the assembly's namespace, e.g. <c>Text.Data.grammar.json</c>.</param>
    public static T Read<T>(string resource, JsonTypeInfo<T> type)
    {
        using var stream = Stream(resource);
        try
        {
            return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"{resource} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{resource}: {e.Message}", e);
        }
    }

    /// <summary>The file as a document: for the tests that check the files apart from the typed readers (the product reads <see cref="Read{T}"/>).</summary>
    public static JsonDocument Open(string resource)
    {
        using var stream = Stream(resource);
        return JsonDocument.Parse(stream);
    }

    private static Stream Stream(string resource)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var name = "Easel.Pipeline." + resource;
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Easel.Pipeline.Layout;

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>foreground.json's <c>profile</c>, written compactly as <c>[habitat, scale, sink]</c> (<c>["ground", 1.1, 0.05]</c>).</summary>
internal sealed class ProfileJsonConverter : JsonConverter<ElementProfile>
{
    public override ElementProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a profile is [habitat, scale, sink]");
        reader.Read();
        if (reader.TokenType != JsonTokenType.String || !Enum.TryParse<Habitat>(reader.GetString(), ignoreCase: true, out var habitat))
            throw new JsonException($"a profile's habitat is one of {string.Join(", ", Enum.GetNames<Habitat>())}");
        reader.Read();
        var scale = reader.GetSingle();
        reader.Read();
        var sink = reader.GetSingle();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a profile is [habitat, scale, sink]");
        return new ElementProfile(habitat, scale, sink);
    }

    public override void Write(Utf8JsonWriter writer, ElementProfile value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Habitat.ToString().ToLowerInvariant());
        writer.WriteNumberValue(value.Scale);
        writer.WriteNumberValue(value.Sink);
        writer.WriteEndArray();
    }
}

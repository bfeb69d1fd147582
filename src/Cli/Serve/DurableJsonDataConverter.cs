namespace Easel.Cli.Serve;

/// <summary>
/// Makes <c>TaskHubClient</c> serialize inputs and event payloads exactly as Durable's own client does
/// (System.Text.Json through <c>JsonDataConverter.Default</c>), because Durable's shims read them back that way.
/// </summary>
internal sealed class DurableJsonDataConverter : DurableTask.Core.Serializing.DataConverter
{
    private readonly Microsoft.DurableTask.DataConverter inner = Microsoft.DurableTask.Converters.JsonDataConverter.Default;

    public override string Serialize(object value) => inner.Serialize(value) ?? "null";

    public override string Serialize(object value, bool formatted) => Serialize(value);

    public override object Deserialize(string data, Type objectType) => inner.Deserialize(data, objectType)!;
}

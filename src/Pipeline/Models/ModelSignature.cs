using Microsoft.ML.OnnxRuntime;

namespace Easel.Pipeline.Models;

/// <summary>The inputs and outputs a slot's model must have, in the order models.json lists their names.</summary>
public sealed record ModelSignature(IReadOnlyList<TensorSpec> Inputs, IReadOnlyList<TensorSpec> Outputs)
{
    /// <summary>The first mismatch between the model's tensors (looked up by models.json's names) and the specs, or null.</summary>
    public string? Mismatch(IReadOnlyList<string> inputNames, IReadOnlyDictionary<string, NodeMetadata> inputs,
        IReadOnlyList<string> outputNames, IReadOnlyDictionary<string, NodeMetadata> outputs) =>
        Mismatch("input", Inputs, inputNames, inputs) ?? Mismatch("output", Outputs, outputNames, outputs);

    private static string? Mismatch(string kind, IReadOnlyList<TensorSpec> specs, IReadOnlyList<string> names, IReadOnlyDictionary<string, NodeMetadata> metadata)
    {
        if (names.Count != specs.Count)
            return $"the slot takes {specs.Count} {kind}(s) ({string.Join(", ", specs.Select(s => s.Role))}), models.json lists {names.Count}";
        for (var k = 0; k < specs.Count; k++)
        {
            var spec = specs[k];
            if (!metadata.TryGetValue(names[k], out var node)) return $"{kind} '{names[k]}' is missing";
            var dims = node.Dimensions;
            var wrong = !node.IsTensor || node.ElementDataType != spec.Type || dims.Length != spec.Rank
                || (spec.Channels > 0 && dims.Length > 1 && dims[1] > 0 && dims[1] != spec.Channels);
            if (wrong)
                return $"{kind} '{names[k]}' ({spec.Role}) is {(node.IsTensor ? node.ElementDataType : "not a tensor")}[{string.Join(", ", dims)}], the slot needs {spec}";
        }
        return null;
    }
}

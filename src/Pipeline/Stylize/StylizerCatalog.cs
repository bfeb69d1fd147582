using Easel.Pipeline.Models;
using Easel.Pipeline.Style;
using Microsoft.Extensions.Logging;

namespace Easel.Pipeline.Stylize;

/// <summary>
/// Picks the stylizer for a style: the procedural one, or the neural one when the stylize slot is configured and
/// asked for. <c>auto</c> takes, per style, the one people preferred on side-by-side sheets (docs/stylizers.md).
/// </summary>
/// <param name="models">The process's model registry (every slot), when models.json exists.</param>
public sealed class StylizerCatalog(ProceduralStylizer procedural, NeuralStylizer? neural = null, ModelRegistry? models = null)
{
    public const string Procedural = "procedural";
    public const string Neural = "neural";
    public const string Auto = "auto";

    public static IReadOnlyList<string> Choices { get; } = [Procedural, Neural, Auto];

    /// <summary>
    /// The styles <c>auto</c> paints neurally (when a model is configured), chosen by looking at the same scenes in
    /// both stylizers; every other style keeps its procedural renderer. See docs/stylizers.md for the reasons.
    /// </summary>
    public static IReadOnlySet<string> AutoNeuralStyles { get; } = new HashSet<string>
    {
        StyleNames.Romanticism,
    };

    public ProceduralStylizer ProceduralStylizer => procedural;

    /// <summary>The models.json slots of the process (the other stages take theirs from here), or null without models.json.</summary>
    public ModelRegistry? Models => models;

    /// <summary>The neural stylizer, or null when no stylize model is configured.</summary>
    public NeuralStylizer? NeuralStylizer => neural;

    /// <summary>
    /// The stylizer for a request. <c>neural</c> without a configured model (or for a style it cannot paint) keeps the
    /// built-in default, as every model slot does; the manifest then records "procedural".
    /// </summary>
    public IStylizer Resolve(string requested, string style) => requested switch
    {
        Neural when neural?.HasStyle(style) == true => neural,
        Auto when neural is not null && AutoNeuralStyles.Contains(style) && neural.HasStyle(style) => neural,
        Procedural or Neural or Auto => procedural,
        _ => throw new ArgumentException($"stylizer '{requested}' is not one of {string.Join(", ", Choices)}", nameof(requested)),
    };

    /// <summary>
    /// The catalog of a process: the procedural stylizer, plus the neural one when the models folder has a models.json
    /// with a stylize slot. Create it once per process and share it: it holds the model's one session.
    /// </summary>
    /// <param name="models">Where the models are and how they run: the host's settings (Easel.Hosting reads them from configuration).</param>
    /// <param name="logger">Where a model slot says it fell back from CUDA to the CPU.</param>
    public static StylizerCatalog CreateDefault(ModelOptions models, ILogger? logger = null)
    {
        var procedural = new ProceduralStylizer();
        if (!ModelRegistry.Exists(models.Folder))
            return new StylizerCatalog(procedural);
        var registry = ModelRegistry.Load(models, logger);
        var slot = registry.Slot(ModelSlotNames.Stylize);
        return new StylizerCatalog(procedural, slot is null ? null : new NeuralStylizer(slot, procedural), registry);
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Easel.Hosting;

/// <summary>
/// One setting under two names that mean the same value: its configuration key <c>Easel:{Name}</c> (appsettings, or the
/// Functions app's <c>Easel__{Name}</c> app setting) and the environment variable <c>serve</c> and <c>generate</c> have
/// always read (<c>EASEL_MODELS</c>…), so nothing a user set stops working. The key wins when both are set; an empty
/// value counts as unset.
/// </summary>
/// <param name="Name">The key under the <c>Easel</c> section.</param>
/// <param name="Variable">The environment variable of the same setting, or null when it never had one.</param>
public sealed record SettingKey(string Name, string? Variable = null)
{
    /// <summary>The configuration key, <c>Easel:{Name}</c>.</summary>
    public string Key => $"Easel:{Name}";

    /// <summary>The value, trimmed, or null when neither name is set.</summary>
    public string? Read(IConfiguration configuration) =>
        NonEmpty(configuration[Key]) ?? (Variable is null ? null : NonEmpty(configuration[Variable]));

    /// <summary>A positive whole number, or <paramref name="fallback"/> when unset or not one.</summary>
    public int Positive(IConfiguration configuration, int fallback) =>
        int.TryParse(Read(configuration), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    /// <summary>A positive number, or <paramref name="fallback"/> when unset or not one.</summary>
    public double Positive(IConfiguration configuration, double fallback) =>
        double.TryParse(Read(configuration), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0 ? x : fallback;

    /// <summary>A comma-separated list, or null when unset or empty.</summary>
    public IReadOnlyList<string>? List(IConfiguration configuration) =>
        Read(configuration)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } items ? items : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

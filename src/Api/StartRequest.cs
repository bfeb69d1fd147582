using System.Text.Json;
using Easel.Pipeline.Orchestration;
using Easel.Pipeline.Webhooks;

namespace Easel.Api;

/// <summary>The body of <c>POST /api/generations</c>: every field checked, with one readable line for the first thing wrong.</summary>
public static class StartRequest
{
    public static IReadOnlySet<string> Fields { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "prompt", "seed", "width", "height", "style", "stylizer", "styleStrength", "n", "callbackUrl" };

    public static IReadOnlySet<string> RevisionFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "text", "n", "from" };

    /// <param name="seed">Used when the body names none.</param>
    /// <param name="webhooks">This host's webhook settings, which say whether a <c>callbackUrl</c> can be called.</param>
    /// <returns>The request, or null and the problem.</returns>
    public static (PaintRequest? Request, string? Problem) Parse(JsonElement body, string instanceId, int seed, double revisionWindowMinutes,
        WebhookSettings? webhooks = null)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, "The body must be a JSON object such as {\"prompt\": \"a goose on the grass\"}.");
        foreach (var property in body.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
                return (null, $"Unknown field '{Shorten(property.Name)}' (known: {string.Join(", ", Fields)}).");
        }

        if (!body.TryGetProperty("prompt", out var promptValue) || promptValue.ValueKind != JsonValueKind.String)
            return (null, "'prompt' is required and must be a string.");
        var prompt = promptValue.GetString()!;

        if (!TryInt(body, "seed", seed, out var requestSeed, out var problem)) return (null, problem);
        if (!TryInt(body, "width", 512, out var width, out problem)) return (null, problem);
        if (!TryInt(body, "height", 512, out var height, out problem)) return (null, problem);
        if (!TryString(body, "style", null, out var style, out problem)) return (null, problem);
        if (!TryString(body, "stylizer", "auto", out var stylizer, out problem)) return (null, problem);

        double? strength = null;
        if (body.TryGetProperty("styleStrength", out var strengthValue) && strengthValue.ValueKind != JsonValueKind.Null)
        {
            if (strengthValue.ValueKind != JsonValueKind.Number || !strengthValue.TryGetDouble(out var s))
                return (null, "'styleStrength' must be a number between 0 and 1.");
            strength = s;
        }

        if (!TryInt(body, "n", 1, out var candidates, out problem)) return (null, problem);
        if (!TryString(body, "callbackUrl", null, out var callbackUrl, out problem)) return (null, problem);
        if (callbackUrl is not null && (webhooks ?? WebhookSettings.None).Problem(callbackUrl) is { } refused) return (null, Sentence(refused));

        var request = new PaintRequest(prompt, requestSeed, width, height, style, stylizer ?? "auto", strength, instanceId, revisionWindowMinutes,
            Candidates: candidates, CallbackUrl: callbackUrl);
        return PaintRequestValidator.Problem(request) is { } invalid ? (null, Sentence(invalid)) : (request, null);
    }

    /// <returns>The event of a revision body <c>{"text": "...", "n"?: 1..4, "from"?: {"revision": k, "candidate"?: j}}</c>, or null and the problem.</returns>
    public static (RevisionEvent? Revision, string? Problem) ParseRevision(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, "The body must be a JSON object such as {\"text\": \"make it darker\"}.");
        foreach (var property in body.EnumerateObject())
        {
            if (!RevisionFields.Contains(property.Name))
                return (null, $"Unknown field '{Shorten(property.Name)}' (known: {string.Join(", ", RevisionFields)}).");
        }
        if (!body.TryGetProperty("text", out var value) || value.ValueKind != JsonValueKind.String)
            return (null, "'text' is required and must be a string.");
        var text = value.GetString()!;
        if (PaintRequestValidator.TextProblem(text, "text") is { } problem) return (null, Sentence(problem));

        int? candidates = null;
        if (body.TryGetProperty("n", out var n) && n.ValueKind != JsonValueKind.Null)
        {
            if (!TryInt(body, "n", 1, out var count, out problem)) return (null, problem);
            if (PaintRequestValidator.CandidatesProblem(count) is { } range) return (null, Sentence(range));
            candidates = count;
        }

        RevisionSource? from = null;
        if (body.TryGetProperty("from", out var fromValue) && fromValue.ValueKind != JsonValueKind.Null)
        {
            const string shape = "'from' must be an object such as {\"revision\": 1, \"candidate\": 2}.";
            if (fromValue.ValueKind != JsonValueKind.Object || fromValue.EnumerateObject().Any(p => p.Name is not ("revision" or "candidate")))
                return (null, shape);
            if (!fromValue.TryGetProperty("revision", out _) || !TryInt(fromValue, "revision", 0, out var revision, out _) || revision < 0)
                return (null, "'from.revision' is required and must be a revision number (0 or more).");
            if (!TryInt(fromValue, "candidate", 0, out var candidate, out _) || candidate < 0 || candidate >= PaintRequestValidator.MaxCandidates)
                return (null, $"'from.candidate' must be a whole number from 0 to {PaintRequestValidator.MaxCandidates - 1}.");
            from = new RevisionSource(revision, candidate);
        }
        return (new RevisionEvent(text, candidates, from), null);
    }

    private static bool TryInt(JsonElement body, string name, int fallback, out int value, out string? problem)
    {
        value = fallback;
        problem = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value)) return true;
        problem = $"'{name}' must be a whole number{(name == "seed" ? $" between {int.MinValue} and {int.MaxValue}" : "")}.";
        return false;
    }

    private static bool TryString(JsonElement body, string name, string? fallback, out string? value, out string? problem)
    {
        value = fallback;
        problem = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind == JsonValueKind.String)
        {
            value = element.GetString();
            return true;
        }
        problem = $"'{name}' must be a string.";
        return false;
    }

    private static string Sentence(string problem) => char.ToUpperInvariant(problem[0]) + problem[1..] + ".";

    // A caller's text echoed back is cut short and kept printable.
    private static string Shorten(string text) =>
        new string(text.Take(40).Select(c => char.IsControl(c) ? '?' : c).ToArray()) + (text.Length > 40 ? "…" : "");
}

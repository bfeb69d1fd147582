using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Collects elements in order of appearance; an explicit mention upgrades an expanded or emotion one.</summary>
internal sealed class SceneBuilder
{
    private readonly List<SceneElement> elements = [];
    private readonly HashSet<string> negated = [];

    public IReadOnlyList<SceneElement> Elements => elements;

    public IReadOnlyCollection<string> Negated => negated;

    public bool Has(string name) => elements.Any(e => e.Name == name);

    public bool IsNegated(string name) => negated.Contains(name);

    public void Negate(string name)
    {
        negated.Add(name);
        elements.RemoveAll(e => e.Name == name);
    }

    public void Add(string name, ElementSource source, int count, string cue)
    {
        if (negated.Contains(name)) return;
        var role = Lexicon.IsBackground(name) ? ElementRole.Background : ElementRole.Foreground;
        var index = elements.FindIndex(e => e.Name == name);
        if (index < 0)
        {
            elements.Add(new SceneElement(name, role, source, role == ElementRole.Background ? 1 : count, cue));
            return;
        }
        var existing = elements[index];
        if (source == ElementSource.Explicit && existing.Source != ElementSource.Explicit)
            elements[index] = existing with { Source = source, Cue = cue, Count = role == ElementRole.Background ? 1 : count };
        else if (source == ElementSource.Explicit && role == ElementRole.Foreground)
            elements[index] = existing with { Count = Math.Max(existing.Count, count) };
    }
}

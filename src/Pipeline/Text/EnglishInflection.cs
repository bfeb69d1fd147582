using System.Collections.Frozen;

namespace Easel.Pipeline.Text;

/// <summary>
/// English singular forms for lexicon look-up. Rules rather than a package: the lexicon only needs the
/// singular of nouns it knows, and trying a few candidates against it is both exact and fast.
/// </summary>
public static class EnglishInflection
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["geese"] = "goose",
        ["mice"] = "mouse",
        ["people"] = "person",
        ["children"] = "child",
        ["men"] = "man",
        ["women"] = "woman",
        ["oxen"] = "ox",
        ["feet"] = "foot",
        ["teeth"] = "tooth",
        ["wolves"] = "wolf",
        ["leaves"] = "leaf",
        ["knives"] = "knife",
        ["wives"] = "wife",
        ["lives"] = "life",
        ["calves"] = "calf",
        ["halves"] = "half",
        ["shelves"] = "shelf",
        ["elves"] = "elf",
        ["loaves"] = "loaf",
        ["scarves"] = "scarf",
        ["cacti"] = "cactus",
        ["fungi"] = "fungus",
        ["octopi"] = "octopus",
        ["hippopotami"] = "hippopotamus",
        ["dice"] = "die",
        ["lice"] = "louse",
        ["fishes"] = "fish",
        ["ponies"] = "pony",
        ["skies"] = "sky",
        ["butterflies"] = "butterfly",
        ["cherries"] = "cherry",
        ["lilies"] = "lily",
        ["waterlilies"] = "waterlily",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns whose plural is the word itself; "two sheep" is plural though nothing shows it.</summary>
    private static readonly FrozenSet<string> Invariant = new[]
    {
        "sheep", "deer", "fish", "moose", "bison", "buffalo", "salmon", "trout", "shrimp", "squid", "cattle",
        "aircraft", "people", "koi", "carp", "swine",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Candidate singulars of <paramref name="word"/>, most likely first; empty when it does not look plural.</summary>
    public static IEnumerable<string> SingularCandidates(string word)
    {
        if (word.Length < 3) yield break;
        if (Irregular.TryGetValue(word, out var irregular))
        {
            yield return irregular;
            yield break;
        }
        if (!word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal))
            yield break;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) yield return word[..^3] + "y";
        if (word.EndsWith("ves", StringComparison.Ordinal))
        {
            yield return word[..^3] + "f";
            yield return word[..^3] + "fe";
        }
        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            // "boxes", "bushes", "tomatoes" drop "es"; "horses", "trees" drop only "s" (tried next).
            yield return word[..^2];
        }
        yield return word[..^1];
    }

    /// <summary>Whether the word, as written, is a plural noun ("horses", "geese", "sheep" counts as possibly plural: no).</summary>
    public static bool LooksPlural(string word) =>
        Irregular.ContainsKey(word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal));

    public static bool IsInvariant(string word) => Invariant.Contains(word);
}

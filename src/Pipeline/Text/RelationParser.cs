using System.Collections.Frozen;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// Reads where the text puts things relative to each other ("a dog to the right of a teddy bear", "狗在猫的左边",
/// "桌子上的杯子", "cranes flying over the hills") into <see cref="SceneRelation"/>s between the scene's elements.
/// </summary>
/// <remarks>
/// English states a relation between its subject and its object, so the words between two element words are
/// searched for the longest relation phrase (the last one, the nearest to the object). Chinese puts the
/// relation word after the object ("在猫的左边"); its subject is the element before the object, or the one after
/// it when the phrase modifies it ("猫左边的狗", "在桌子上有一个杯子"). Verbs of flight and swimming with no place
/// named put their subject in the sky or the water. Phrases live in Text/Data/relations.json.
/// </remarks>
public sealed class RelationParser
{
    private static readonly Lazy<RelationParser> Shared = new(() => new RelationParser(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> english;
    private readonly FrozenDictionary<string, string> chinese;
    private readonly FrozenDictionary<string, string> englishMotion;
    private readonly FrozenDictionary<string, string> chineseMotion;
    private readonly int maxEnglishWords;
    private readonly int maxChineseChars;

    /// <summary>The parser over the embedded phrase data, loaded on first use.</summary>
    public static RelationParser Default => Shared.Value;

    /// <summary>The place a motion verb implies ("flying" -> sky), as the object of an "in" relation.</summary>
    public const string Sky = BackgroundNames.Sky;
    public const string Water = "water";

    private RelationParser()
    {
        var data = EmbeddedData.Read("Text.Data.relations.json", DataFilesJsonContext.Default.RelationsFile);
        english = data.En.ToFrozenDictionary(StringComparer.Ordinal);
        chinese = data.Zh.ToFrozenDictionary(StringComparer.Ordinal);
        (englishMotion, chineseMotion) = WordMaps.ByWord(data.Motion);
        maxEnglishWords = english.Keys.Concat(englishMotion.Keys).Max(k => k.Split(' ').Length);
        maxChineseChars = chinese.Keys.Concat(chineseMotion.Keys).Max(k => k.Length);
    }

    /// <summary>Every canonical relation name the parser produces.</summary>
    public IReadOnlyCollection<string> RelationNames => english.Values.Concat(chinese.Values).Append("around").Distinct().ToArray();

    /// <param name="tokens">The text's tokens (from <see cref="Lexicon.Tokenize"/>).</param>
    /// <param name="elements">The scene's elements: relations are kept only between these (negated words drop out).</param>
    public IReadOnlyList<SceneRelation> Parse(IReadOnlyList<TextToken> tokens, IReadOnlyList<SceneElement> elements)
    {
        var present = elements.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var relations = new List<SceneRelation>();
        // Element words and clause breaks, in order: (token index, element name or null for a break).
        var marks = new List<(int At, string? Name)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsBreak) marks.Add((i, null));
            else if (tokens[i].Entry?.Element is { } name && present.Contains(name)) marks.Add((i, name));
            // A topic word stands for the first thing it brought ("a fisherman in a boat": the person is in the boat).
            else if (tokens[i].Entry?.Topic is not null && elements.FirstOrDefault(e => e.Source == ElementSource.Expanded && e.Cue == tokens[i].Surface) is { } brought)
                marks.Add((i, brought.Name));
        }

        for (var k = 0; k < marks.Count; k++)
        {
            if (marks[k].Name is not { } obj) continue;
            // Chinese: the relation word follows the object.
            var after = ChineseAfter(tokens, marks[k].At, Next(marks, k)?.At ?? tokens.Count, out var tail);
            if (after is not null)
            {
                var next = NextInClause(marks, k);
                var prev = PreviousInClause(marks, k);
                if (after == "between" && prev is { } p1)
                {
                    // "狗在猫和兔子之间": the word's object and the one before it are the objects, the one before them the subject.
                    var subjectMark = PreviousInClause(marks, p1) ?? (next is { } n0 && tail is "的" or "有" or "是" ? n0 : (int?)null);
                    if (subjectMark is { } s)
                    {
                        Add(relations, marks[s].Name!, "between", marks[p1].Name!);
                        Add(relations, marks[s].Name!, "between", obj);
                    }
                    continue;
                }
                var subject = tail is "的" or "有" or "是" && next is not null ? next : prev ?? next;
                if (subject is { } si) Add(relations, marks[si].Name!, after, obj);
                continue;
            }

            // English: the relation phrase stands between the subject and the object.
            var j = NextInClause(marks, k);
            var prefix = PreviousInClause(marks, k) is null ? LastEnglishRelation(Words(tokens, ClauseStart(marks, k), marks[k].At)) : null;
            if (prefix is not null && (j ?? NextAcrossBreak(marks, k)) is { } fj
                && (j is null || LastEnglishRelation(Words(tokens, marks[k].At + 1, marks[fj].At)) is null))
            {
                // "under the tree, a cat sleeps": a fronted phrase before the first element of the clause.
                Add(relations, marks[fj].Name!, prefix, obj);
                continue;
            }
            if (j is not { } jj) continue;
            // "over misty mountains": the head of a noun phrase is its last element word.
            while (NextInClause(marks, jj) is { } head && marks[head].At == marks[jj].At + 1) jj = head;
            var relation = LastEnglishRelation(Words(tokens, marks[k].At + 1, marks[jj].At));
            if (relation is null) continue;
            var objectName = marks[jj].Name!;
            var subjects = new List<string> { obj };
            // "a dog and a cat on a sofa": subjects joined by "and" share the relation.
            for (var b = k; PreviousInClause(marks, b) is { } pb && IsConjunction(Words(tokens, marks[pb].At + 1, marks[b].At)); b = pb)
                subjects.Add(marks[pb].Name!);
            foreach (var subjectName in subjects)
            {
                if (relation == "surrounded by") Add(relations, objectName, "around", subjectName);
                else Add(relations, subjectName, relation, objectName);
            }
            if (relation == "between" && NextInClause(marks, jj) is { } j2 && IsConjunction(Words(tokens, marks[jj].At + 1, marks[j2].At)))
                Add(relations, obj, "between", marks[j2].Name!);
        }

        AddMotion(tokens, marks, relations, elements);
        return relations;
    }

    /// <summary>Times of day and seasons are when, not where: "a sofa in the living room at night" puts nothing "in"
    /// the night, "a forest in autumn" nothing "in" the autumn.</summary>
    private static readonly HashSet<string> Times = [BackgroundNames.Night, BackgroundNames.Sunset, BackgroundNames.Sunrise,
        BackgroundNames.Spring, BackgroundNames.Autumn];

    private static void Add(List<SceneRelation> relations, string subject, string relation, string obj)
    {
        if (subject == obj || Times.Contains(obj) || Times.Contains(subject)) return;
        var r = new SceneRelation(subject, relation, obj);
        if (!relations.Contains(r)) relations.Add(r);
    }

    /// <summary>"flying", "swimming", "飞": the nearest thing before the verb (else after it) is in the sky or the water, unless placed already.</summary>
    private void AddMotion(IReadOnlyList<TextToken> tokens, List<(int At, string? Name)> marks, List<SceneRelation> relations, IReadOnlyList<SceneElement> elements)
    {
        var foreground = elements.Where(e => e.Role == ElementRole.Foreground).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var water = elements.FirstOrDefault(e => e.Name is BackgroundNames.Sea or BackgroundNames.Lake or BackgroundNames.Pond or BackgroundNames.River)?.Name ?? Water;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsBreak || MotionAt(tokens, i) is not { } place) continue;
            var before = marks.LastOrDefault(m => m.At < i);
            var after = marks.FirstOrDefault(m => m.At > i);
            // "a girl flying a kite": the verb takes the thing right after it, which is what flies; the girl stays
            // on the ground.
            if (after.Name is { } flown && foreground.Contains(flown) && TakesObject(tokens, i, after.At))
            {
                // The place said after the thing is where the one doing it is ("flying kites in the park").
                var doer = before.Name is { } d && foreground.Contains(d) ? d : null;
                for (var k = relations.Count - 1; k >= 0; k--)
                {
                    if (relations[k].Subject != flown || relations[k].Relation is not ("in" or "on")) continue;
                    var placed = relations[k] with { Subject = doer ?? flown };
                    relations.RemoveAt(k);
                    if (doer is not null && !relations.Contains(placed)) relations.Insert(k, placed);
                }
                Add(relations, flown, "in", place == "sky" ? Sky : water);
                continue;
            }
            var subject = before.Name is { } b && foreground.Contains(b) ? b
                : after.Name is { } a && foreground.Contains(a) ? a : null;
            if (subject is null || relations.Any(r => r.Subject == subject && r.Relation is "in" or "on" or "above" or "below" or "under")) continue;
            Add(relations, subject, "in", place == "sky" ? Sky : water);
        }
    }

    /// <summary>
    /// Whether the English motion verb at <paramref name="verb"/> has the thing at <paramref name="thing"/> as its object:
    /// only a count, an article or a colour between them ("flying a red kite"), no relation word ("flying over a house").
    /// </summary>
    private bool TakesObject(IReadOnlyList<TextToken> tokens, int verb, int thing)
    {
        if (!englishMotion.ContainsKey(tokens[verb].Surface) || thing - verb > 4) return false;
        for (var k = verb + 1; k < thing; k++)
        {
            var t = tokens[k];
            if (t.IsBreak || english.ContainsKey(t.Surface) || englishMotion.ContainsKey(t.Surface)) return false;
            if (t.Entry is { } e && e.Function != WordFunction.Count && e.Color is null && t.Surface is not ("the" or "his" or "her" or "their")) return false;
        }
        return true;
    }

    private string? MotionAt(IReadOnlyList<TextToken> tokens, int i)
    {
        var surface = tokens[i].Surface;
        if (englishMotion.TryGetValue(surface, out var place)) return place;
        if (chineseMotion.TryGetValue(surface, out place)) return place;
        // A Chinese verb read one character at a time ("飞" "过").
        var run = "";
        for (var j = i; j < tokens.Count && j < i + maxChineseChars && !tokens[j].IsBreak; j++)
        {
            run += tokens[j].Surface;
            if (chineseMotion.TryGetValue(run, out place) && IsHan(run[0])) return place;
        }
        return null;
    }

    /// <summary>The relation word right after an object in Chinese ("猫的左边", "草地上"), skipping one "的".</summary>
    private string? ChineseAfter(IReadOnlyList<TextToken> tokens, int at, int end, out string tail)
    {
        tail = "";
        var text = "";
        for (var j = at + 1; j < end && !tokens[j].IsBreak && text.Length < maxChineseChars + 2; j++) text += tokens[j].Surface;
        if (text.Length == 0 || !IsHan(text[0])) return null;
        var start = text.StartsWith('的') ? 1 : 0;
        for (var n = Math.Min(maxChineseChars, text.Length - start); n >= 1; n--)
        {
            if (!chinese.TryGetValue(text.Substring(start, n), out var relation)) continue;
            var rest = text[(start + n)..];
            // "边" after a one-character word ("左" "边") belongs to it.
            if (rest.StartsWith('边') || rest.StartsWith('面')) rest = rest[1..];
            tail = rest.Length > 0 ? rest[..1] : "";
            return relation;
        }
        return null;
    }

    private string? LastEnglishRelation(List<string> words)
    {
        string? found = null;
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            for (var n = Math.Min(maxEnglishWords, words.Count - i); n >= 1; n--)
            {
                if (!english.TryGetValue(string.Join(' ', words.Skip(i).Take(n)), out var relation)) continue;
                found = relation;
                matched = n;
                break;
            }
            i += Math.Max(1, matched);
        }
        return found;
    }

    private static List<string> Words(IReadOnlyList<TextToken> tokens, int from, int to)
    {
        var words = new List<string>();
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
            if (!tokens[i].IsBreak) words.AddRange(tokens[i].Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words;
    }

    private static bool IsConjunction(List<string> words) =>
        words.Count > 0 && words[0] is "and" or "&" && words.Skip(1).All(w => w is "a" or "an" or "the" or "two" or "some");

    private static int? NextAcrossBreak(List<(int At, string? Name)> marks, int k) =>
        k + 2 < marks.Count && marks[k + 1].Name is null && marks[k + 2].Name is not null ? k + 2 : null;

    private static (int At, string? Name)? Next(List<(int At, string? Name)> marks, int k) => k + 1 < marks.Count ? marks[k + 1] : null;

    private static int? NextInClause(List<(int At, string? Name)> marks, int k) =>
        k + 1 < marks.Count && marks[k + 1].Name is not null ? k + 1 : null;

    private static int? PreviousInClause(List<(int At, string? Name)> marks, int k) =>
        k > 0 && marks[k - 1].Name is not null ? k - 1 : null;

    private static int ClauseStart(List<(int At, string? Name)> marks, int k)
    {
        for (var j = k - 1; j >= 0; j--)
            if (marks[j].Name is null) return marks[j].At + 1;
        return 0;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}

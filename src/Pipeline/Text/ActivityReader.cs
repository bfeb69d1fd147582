using System.Collections.Frozen;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// Poses from verbs: a person the text names doing something ("a boy surfing", "a girl riding a bike",
/// "一个男孩在冲浪", "冲浪的男孩") becomes the emoji figure of that activity (surfer, cyclist…), so the picture shows
/// the pose and not a person standing beside a surfboard. The words, figures and the things a figure already shows
/// are data (Text/Data/activities.json); the element records the person and the activity in its
/// <see cref="SceneElement.MappedFrom"/> (relation "activity").
/// </summary>
public sealed class ActivityReader
{
    private static readonly Lazy<ActivityReader> Shared = new(() => new ActivityReader(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many tokens may stand between a verb and its thing ("riding a red bike"), or a person and the activity.</summary>
    private const int Reach = 4;

    /// <summary>The longest phrase of the data, in tokens ("taking a bath").</summary>
    private readonly int maxPhraseTokens;

    private readonly FrozenDictionary<string, string> kindOf;
    private readonly FrozenSet<string> linking;
    private readonly IReadOnlyList<Activity> activities;

    public static ActivityReader Default => Shared.Value;

    /// <summary>The activities of the data, by name.</summary>
    public IReadOnlyList<Activity> Activities => activities;

    /// <summary>The person elements a pose applies to, with the kind of figure each takes (person, man, woman).</summary>
    public IReadOnlyDictionary<string, string> People => kindOf;

    private ActivityReader()
    {
        var data = EmbeddedData.Read("Text.Data.activities.json", DataFilesJsonContext.Default.ActivitiesFile);
        linking = data.Linking.ToFrozenSet(StringComparer.Ordinal);
        kindOf = data.People.ToFrozenDictionary(StringComparer.Ordinal);
        var list = data.Activities.Select(a => new Activity(
            a.Name,
            new HashSet<string>([.. a.En, .. a.Zh], StringComparer.Ordinal),
            new HashSet<string>([.. a.Verbs, .. a.VerbsZh], StringComparer.Ordinal),
            new HashSet<string>(a.Objects, StringComparer.Ordinal),
            new Dictionary<string, string>(a.Figures, StringComparer.Ordinal),
            new HashSet<string>(a.Absorbs, StringComparer.Ordinal))).ToList();
        activities = list;
        maxPhraseTokens = list.SelectMany(a => a.Phrases).Max(p => p.Split(' ').Length);
    }

    /// <summary>
    /// Turns each person of <paramref name="elements"/> that the text shows doing an activity into the activity's
    /// figure; the things the figure already shows leave the scene, and relations follow the renamed elements.
    /// </summary>
    public (List<SceneElement> Elements, IReadOnlyList<SceneRelation> Relations) Apply(
        IReadOnlyList<TextToken> tokens, List<SceneElement> elements, IReadOnlyList<SceneRelation> relations)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        // Things the figure shows: their relations become the figure's ("a girl riding a horse on the beach").
        var absorbedInto = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = 0; at < tokens.Count; at++)
        {
            if (!TryMatch(tokens, at, out var activity, out var end)) continue;
            var personAt = PersonNear(tokens, at, end, elements, renamed);
            if (personAt < 0) continue;
            var person = tokens[personAt].Entry!.Foreground!;
            var figure = activity.Figures[kindOf[person]];
            var i = elements.FindIndex(e => e.Name == person);
            var element = elements[i];
            elements[i] = element with { Name = figure, MappedFrom = new ElementMapping(person, activity.Name, "activity") };
            renamed[person] = figure;
            // What the figure already shows: the thing the verb took ("a bike"), an element the phrase itself named
            // ("骑自行车" names the cyclist), or what the activity's topic brought ("surfing" brings a surfer).
            var named = new HashSet<string>(StringComparer.Ordinal);
            for (var k = at; k <= end; k++)
                if (tokens[k].Entry?.Foreground is { } n) named.Add(n);
            foreach (var e in elements.ToArray())
            {
                if (ReferenceEquals(e, elements[i]) || renamed.ContainsValue(e.Name) && e.Name != figure) continue;
                var shown = e.Name == figure || activity.Absorbs.Contains(e.Name) || activity.Figures.Values.Contains(e.Name);
                if (!shown || !named.Contains(e.Name) && e.Source != ElementSource.Expanded && e.Name != figure) continue;
                elements.Remove(e);
                if (e.Name != figure) absorbedInto[e.Name] = figure;
                else if (e.Source == ElementSource.Explicit && !named.Contains(figure))
                {
                    // "a surfer and a man surfing" where both are the same figure: one element with both counts.
                    var j = elements.FindIndex(x => x.Name == figure);
                    elements[j] = elements[j] with { Count = elements[j].Count + e.Count };
                }
            }
            at = end;
        }
        if (renamed.Count == 0) return (elements, relations);
        var kept = relations
            .Select(r => r with { Subject = Renamed(r.Subject), Object = Renamed(r.Object) })
            .Where(r => r.Subject != r.Object)
            .Distinct()
            .ToList();
        return (elements, kept);

        string Renamed(string name) => renamed.GetValueOrDefault(name) ?? absorbedInto.GetValueOrDefault(name) ?? name;
    }

    /// <summary>An activity said at <paramref name="at"/>: one of its phrases, or one of its verbs and then its thing.</summary>
    private bool TryMatch(IReadOnlyList<TextToken> tokens, int at, out Activity activity, out int end)
    {
        activity = null!;
        end = at;
        for (var n = Math.Min(maxPhraseTokens, tokens.Count - at); n >= 1; n--)
        {
            if (tokens.Skip(at).Take(n).Any(t => t.IsBreak)) continue;
            var phrase = string.Join(' ', tokens.Skip(at).Take(n).Select(t => t.Surface));
            if (activities.FirstOrDefault(a => a.Phrases.Contains(phrase)) is { } said)
            {
                activity = said;
                end = at + n - 1;
                return true;
            }
        }
        var verb = tokens[at].Surface;
        foreach (var a in activities)
        {
            if (!a.Verbs.Contains(verb)) continue;
            for (var k = at + 1; k < tokens.Count && k <= at + Reach && !tokens[k].IsBreak; k++)
            {
                var thing = tokens[k].Entry?.Element;
                if (thing is null) continue;
                if (a.Objects.Contains(thing))
                {
                    activity = a;
                    end = k;
                    return true;
                }
                break; // another thing comes first: "riding past a bike shop" is no ride.
            }
        }
        return false;
    }

    /// <summary>
    /// The token of the person doing the activity: the nearest person of the scene before it in the same clause
    /// ("a boy … surfing"), else the nearest after it ("冲浪的男孩", "a surfing boy"); -1 when there is none.
    /// </summary>
    private int PersonNear(IReadOnlyList<TextToken> tokens, int start, int end, List<SceneElement> elements, Dictionary<string, string> renamed)
    {
        // Where the person does it may stand between them ("一个老人在公园里散步", "a girl in the park running"): the
        // place's scenery word neither ends the link nor counts against the reach.
        for (var (k, steps) = (start - 1, 0); k >= 0 && steps < Reach && !tokens[k].IsBreak; k--)
        {
            if (IsPerson(tokens[k])) return k;
            if (IsPlace(tokens[k])) continue;
            if (EndsLink(tokens[k])) break;
            steps++;
        }
        for (var k = end + 1; k < tokens.Count && k <= end + Reach && !tokens[k].IsBreak; k++)
        {
            if (IsPerson(tokens[k])) return k;
            if (EndsLink(tokens[k])) break;
        }
        return -1;

        static bool IsPlace(TextToken t) => t.Entry is { Background: not null, Foreground: null };

        bool EndsLink(TextToken t) => t.Entry is { NamesElement: true } || t.Entry is { Function: WordFunction.Boundary } && !linking.Contains(t.Surface);

        bool IsPerson(TextToken t) => t.Entry?.Foreground is { } name && kindOf.ContainsKey(name) && !renamed.ContainsKey(name)
            && elements.Any(e => e.Name == name && e.Role == ElementRole.Foreground);
    }
}

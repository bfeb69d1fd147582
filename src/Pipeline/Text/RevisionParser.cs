using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Turns a revision comment ("I prefer darker ones", "add a dog", "我更喜欢深色的") into structured edits.</summary>
/// <remarks>
/// The comment is tokenized with the same lexicon as prompts. A verb ("add", "remove", "去掉") sets the
/// action for the element words that follow it in the clause; "more"/"fewer" turn it into a count change;
/// tone words and style words are edits of their own. An element named with no verb is added when the
/// scene lacks it ("with a rainbow").
/// </remarks>
public sealed class RevisionParser(Lexicon lexicon)
{
    public RevisionParser() : this(Lexicon.Default)
    {
    }

    public IReadOnlyList<SceneEdit> Parse(string comment, SceneDescription current)
    {
        var edits = new List<SceneEdit>();
        var tokens = lexicon.Tokenize(comment);
        // Replace, move, resize or recolour something that is there: the comment's things are taken by that edit,
        // and only its tone and style words are read as usual ("make the car blue and a bit darker").
        var composition = CompositionParser.Default.Parse(comment, tokens, current);
        if (composition.Count > 0)
            tokens = tokens.Where(t => t.IsBreak || t.Entry is { NamesElement: false, Topic: null }).ToList();
        edits.AddRange(composition);
        var words = " " + string.Join(' ', tokens.Where(t => !t.IsBreak).Select(t => t.Surface)) + " ";
        if (CompositionParser.Default.Day.In(words) && !tokens.Any(t => t.Entry?.Function is WordFunction.Remove or WordFunction.Negation))
        {
            // "make it day", "改成白天": the night, the evening or the dawn give way to daylight.
            foreach (var time in CompositionParser.Default.TimesOfDay.Where(current.Has))
                edits.Add(new SceneEdit(EditKind.RemoveElement, time, Cue: time));
        }
        var action = WordFunction.None;
        var more = false;
        var fewer = false;
        int? count = null;
        var actionCue = "";
        foreach (var token in tokens)
        {
            if (token.IsBreak)
            {
                action = WordFunction.None;
                more = fewer = false;
                count = null;
                continue;
            }
            if (token.Entry is not { } entry) continue;
            switch (entry.Function)
            {
                case WordFunction.Add:
                    action = WordFunction.Add;
                    actionCue = token.Surface;
                    break;
                case WordFunction.Remove:
                case WordFunction.Negation:
                    action = WordFunction.Remove;
                    actionCue = token.Surface;
                    more = fewer = false;
                    break;
                case WordFunction.More:
                    more = true;
                    fewer = false;
                    actionCue = token.Surface;
                    break;
                case WordFunction.Fewer:
                    fewer = true;
                    more = false;
                    actionCue = token.Surface;
                    break;
                case WordFunction.Count:
                    count = entry.Number;
                    break;
                case WordFunction.Darker:
                    AddOnce(edits, new SceneEdit(EditKind.Darker, Cue: token.Surface));
                    break;
                case WordFunction.Lighter:
                    AddOnce(edits, new SceneEdit(EditKind.Lighter, Cue: token.Surface));
                    break;
                case WordFunction.Warmer:
                    AddOnce(edits, new SceneEdit(EditKind.Warmer, Cue: token.Surface));
                    break;
                case WordFunction.Cooler:
                    AddOnce(edits, new SceneEdit(EditKind.Cooler, Cue: token.Surface));
                    break;
            }

            if (entry.Style is { } style)
            {
                edits.RemoveAll(e => e.Kind == EditKind.ChangeStyle);
                edits.Add(new SceneEdit(EditKind.ChangeStyle, Style: style, Cue: token.Surface));
                continue;
            }

            if (entry.Element is { } name)
            {
                var cue = string.IsNullOrEmpty(actionCue) ? token.Surface : $"{actionCue} … {token.Surface}";
                var present = current.Elements.FirstOrDefault(e => lexicon.Answers(e.Name, token.Surface) || e.Name == name);
                var target = action == WordFunction.Remove || fewer || more ? present?.Name ?? name : name;
                if (action == WordFunction.Remove && count is { } some && present is { Role: ElementRole.Foreground })
                    edits.Add(new SceneEdit(EditKind.FewerOf, target, Cue: $"{actionCue} … {token.Surface}", Count: some)); // "remove one duck"
                else if (action == WordFunction.Remove)
                    edits.Add(new SceneEdit(EditKind.RemoveElement, target, Cue: token.Surface));
                else if (fewer)
                    edits.Add(new SceneEdit(EditKind.FewerOf, target, Cue: cue, Count: count ?? 1));
                else if (more && present is null)
                    edits.Add(new SceneEdit(EditKind.AddElement, name, Cue: token.Surface, Count: count ?? (token.Plural ? 2 : 1)));
                else if (more)
                    edits.Add(new SceneEdit(EditKind.MoreOf, target, Cue: cue, Count: count ?? (token.Plural ? 2 : 1)));
                else if (action == WordFunction.Add || present is null)
                {
                    var n = count ?? (token.Plural ? 3 : 1);
                    edits.Add(present is not null && present.Name == name && entry.Foreground is not null
                        ? new SceneEdit(EditKind.MoreOf, name, Cue: cue, Count: n)
                        : new SceneEdit(EditKind.AddElement, name, Cue: token.Surface, Count: n));
                }
                count = null;
                more = fewer = false;
                continue;
            }

            if (entry.Topic is { } adds && action != WordFunction.Remove)
            {
                // "make it Christmas": what the topic brings, as additions.
                foreach (var add in adds)
                {
                    if (lexicon.RoleOf(add.Name) is null || current.Has(add.Name) || add.Unless.Any(current.Has)) continue;
                    edits.Add(new SceneEdit(EditKind.AddElement, add.Name, Cue: token.Surface));
                }
            }
        }
        return edits;
    }

    private static void AddOnce(List<SceneEdit> edits, SceneEdit edit)
    {
        // "darker, much darker" is one step; "darker" then "lighter" cancel out in the editor.
        if (!edits.Any(e => e.Kind == edit.Kind)) edits.Add(edit);
    }
}

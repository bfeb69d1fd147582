using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Text;

/// <summary>Applies structured edits to a scene, giving the next revision's scene.</summary>
public sealed class SceneEditor(Lexicon lexicon)
{
    /// <summary>One "darker"/"warmer" step on the -1..1 tone scales: visible, and three steps reach the end.</summary>
    public const double ToneStep = 0.35;

    public SceneEditor() : this(Lexicon.Default)
    {
    }

    public SceneDescription Apply(SceneDescription scene, IReadOnlyList<SceneEdit> edits)
    {
        var elements = scene.Elements.ToList();
        var negated = scene.Negated.ToList();
        var tone = scene.Tone;
        var style = scene.StyleRequest;
        var relations = scene.Relations.ToList();
        foreach (var edit in edits)
        {
            switch (edit.Kind)
            {
                case EditKind.Darker:
                    tone = tone with { Brightness = Clamp(tone.Brightness - ToneStep) };
                    break;
                case EditKind.Lighter:
                    tone = tone with { Brightness = Clamp(tone.Brightness + ToneStep) };
                    break;
                case EditKind.Warmer:
                    tone = tone with { Warmth = Clamp(tone.Warmth + ToneStep) };
                    break;
                case EditKind.Cooler:
                    tone = tone with { Warmth = Clamp(tone.Warmth - ToneStep) };
                    break;
                case EditKind.ChangeStyle when edit.Style is not null:
                    style = edit.Style;
                    break;
                case EditKind.AddElement when edit.Element is not null:
                case EditKind.MoreOf when edit.Element is not null:
                    Add(elements, negated, edit);
                    break;
                case EditKind.RemoveElement when edit.Element is not null:
                    Remove(elements, negated, edit);
                    break;
                case EditKind.Replace when edit.Element is not null && edit.Other is not null:
                    Replace(elements, relations, edit.Element, edit.Other, edit.Cue);
                    break;
                case EditKind.Move when edit.Element is not null:
                    // The thing's old place in the text gives way to the new one; "to the left" is a place in the picture only.
                    relations.RemoveAll(r => r.Subject == edit.Element && r.Relation is not ("in" or "on") || r.Object == edit.Element && r.Relation is "left of" or "right of" or "above" or "below");
                    if (edit.Other is not null && edit.Relation is not null) relations.Add(new SceneRelation(edit.Element, edit.Relation, edit.Other));
                    break;
                case EditKind.Bigger or EditKind.Smaller when edit.Element is not null:
                    // A thing's new size is the layout's (LayoutEdits); the sun and the moon are the sky painter's.
                    var sized = elements.FindIndex(e => e.Name == edit.Element && e.Role == ElementRole.Background);
                    if (sized >= 0)
                    {
                        var factor = edit.Kind == EditKind.Bigger ? Layout.LayoutEdits.Step : 1 / Layout.LayoutEdits.Step;
                        elements[sized] = elements[sized] with { Scale = MathF.Round(Math.Clamp(elements[sized].Scale * factor, 0.4f, 3f), 4) };
                    }
                    break;
                case EditKind.Recolor when edit.Element is not null:
                    var colored = elements.FindIndex(e => e.Name == edit.Element);
                    if (colored >= 0) elements[colored] = elements[colored] with { Color = edit.Color };
                    break;
                case EditKind.FewerOf when edit.Element is not null:
                    var at = elements.FindIndex(e => Matches(e, edit));
                    if (at < 0) break;
                    var left = elements[at].Count - Math.Max(1, edit.Count);
                    if (left >= 1) elements[at] = elements[at] with { Count = left };
                    else Remove(elements, negated, edit);
                    break;
            }
        }
        var missing = elements.Where(e => e.Role == ElementRole.Foreground && !lexicon.HasAsset(e.Name)).Select(e => e.Name)
            .Concat(SettingChooser.Default.Unpainted(scene.Setting, elements)).Distinct().ToArray();
        relations.RemoveAll(r => !elements.Any(e => e.Name == r.Subject) || (!elements.Any(e => e.Name == r.Object) && lexicon.RoleOf(r.Object) == ElementRole.Foreground));
        return scene with { Elements = elements, Negated = negated, Tone = tone, StyleRequest = style, Missing = missing, Relations = relations };
    }

    private static double Clamp(double v) => Math.Round(Math.Clamp(v, -1, 1), 6);

    private bool Matches(SceneElement element, SceneEdit edit) =>
        element.Name == edit.Element || (CueWord(edit).Length > 0 && lexicon.Answers(element.Name, CueWord(edit)));

    /// <summary>The element word of a cue such as "fewer … birds".</summary>
    private static string CueWord(SceneEdit edit) =>
        edit.Cue.Contains('…') ? edit.Cue[(edit.Cue.LastIndexOf('…') + 1)..].Trim() : edit.Cue;

    private void Add(List<SceneElement> elements, List<string> negated, SceneEdit edit)
    {
        var name = edit.Element!;
        var role = lexicon.RoleOf(name);
        if (role is null) return;
        negated.Remove(name);
        var at = elements.FindIndex(e => e.Name == name);
        if (at >= 0)
        {
            // Asking again for what is there means more of it; background has no count.
            if (role == ElementRole.Foreground) elements[at] = elements[at] with { Count = Math.Min(SceneElement.MaxCount, elements[at].Count + Math.Max(1, edit.Count)) };
            return;
        }
        // One time of day at a time ("make it night" ends the sunset and hides the sun), and weather that cannot
        // be at once gives way ("make it snow" ends the rain); so does the season ("in autumn" ends the spring).
        var composition = CompositionParser.Default;
        if (composition.TimesOfDay.Contains(name))
            elements.RemoveAll(e => composition.TimesOfDay.Contains(e.Name) || (name == BackgroundNames.Night && e.Name == BackgroundNames.Sun));
        if (composition.Seasons.Contains(name))
            elements.RemoveAll(e => composition.Seasons.Contains(e.Name));
        if (composition.WeatherExcludes.TryGetValue(name, out var ends))
            elements.RemoveAll(e => ends.Contains(e.Name));
        var count = role == ElementRole.Foreground ? Math.Clamp(edit.Count, 1, SceneElement.MaxCount) : 1;
        elements.Add(new SceneElement(name, role.Value, ElementSource.Explicit, count, edit.Cue));
    }

    /// <summary>The new thing takes the old one's place in the list (and so its boxes), its count and its relations.</summary>
    private void Replace(List<SceneElement> elements, List<SceneRelation> relations, string old, string replacement, string cue)
    {
        var at = elements.FindIndex(e => e.Name == old);
        if (at < 0 || lexicon.RoleOf(replacement) != ElementRole.Foreground) return;
        elements.RemoveAll(e => e.Name == replacement);
        at = elements.FindIndex(e => e.Name == old);
        elements[at] = new SceneElement(replacement, ElementRole.Foreground, ElementSource.Explicit, elements[at].Count, cue);
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            relations[i] = r with { Subject = r.Subject == old ? replacement : r.Subject, Object = r.Object == old ? replacement : r.Object };
        }
    }

    private void Remove(List<SceneElement> elements, List<string> negated, SceneEdit edit)
    {
        // "remove the boat" removes the sailboat and any other boat: the cue names a kind, not one asset.
        var cue = CueWord(edit);
        var removed = elements.Where(e => e.Name == edit.Element || (cue.Length > 0 && lexicon.Answers(e.Name, cue))).ToList();
        foreach (var e in removed)
        {
            elements.Remove(e);
            if (!negated.Contains(e.Name)) negated.Add(e.Name);
        }
        if (!negated.Contains(edit.Element!)) negated.Add(edit.Element!);
    }
}

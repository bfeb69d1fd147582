using System.Collections.Frozen;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// Reads revision comments that change the composition of what is there: replace a thing ("replace the cat with a
/// rabbit", "把船换成鲸鱼"), move it ("move the dog to the right of the cat", "把狗移到左边"), resize it ("make the
/// dog bigger", "把狗变小") or recolour it ("make the car blue", "把车变成蓝色"). The thing must be in the scene;
/// anything else is left to the ordinary add/remove reading. Words live in Text/Data/revisions.json.
/// </summary>
public sealed class CompositionParser
{
    private static readonly Lazy<CompositionParser> Shared = new(() => new CompositionParser(Lexicon.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lexicon lexicon;
    private readonly Words replace;
    private readonly Words move;
    private readonly Words left;
    private readonly Words right;
    private readonly Words bigger;
    private readonly Words smaller;
    private readonly FrozenDictionary<string, string> colorsEn;
    private readonly FrozenDictionary<string, string> colorsZh;

    public static CompositionParser Default => Shared.Value;

    /// <summary>Background elements that are times of day: adding one replaces the others ("make it night").</summary>
    public IReadOnlyList<string> TimesOfDay { get; }

    /// <summary>The seasons the background paints; a scene has one at a time.</summary>
    public IReadOnlyList<string> Seasons { get; }

    /// <summary>Words for daytime ("make it day", "改成白天"): no night, sunset or sunrise.</summary>
    public Words Day { get; }

    /// <summary>What each weather element sends away ("make it snow" ends the rain).</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> WeatherExcludes { get; }

    private CompositionParser(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        var data = EmbeddedData.Read("Text.Data.revisions.json", DataFilesJsonContext.Default.RevisionsFile);
        replace = Words.From(data.Replace);
        move = Words.From(data.Move);
        left = Words.From(data.Left);
        right = Words.From(data.Right);
        bigger = Words.From(data.Bigger);
        smaller = Words.From(data.Smaller);
        Day = Words.From(data.Day);
        colorsEn = data.Colors.En.ToFrozenDictionary(StringComparer.Ordinal);
        colorsZh = data.Colors.Zh.ToFrozenDictionary(StringComparer.Ordinal);
        TimesOfDay = data.TimesOfDay;
        Seasons = data.Seasons;
        WeatherExcludes = data.Weather.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The composition edits of a comment; empty when it asks for none (then the ordinary reading applies).</summary>
    public IReadOnlyList<SceneEdit> Parse(string comment, IReadOnlyList<TextToken> tokens, SceneDescription current)
    {
        var text = " " + string.Join(' ', tokens.Where(t => !t.IsBreak).Select(t => t.Surface)) + " ";
        // The things the comment names, in order, each as the scene's element it answers to (or the new name).
        var named = new List<(string Name, bool Present, TextToken Token)>();
        foreach (var t in tokens)
        {
            if (t.Entry?.Element is not { } name) continue;
            var present = current.Elements.FirstOrDefault(e => e.Role == ElementRole.Foreground && (e.Name == name || lexicon.Answers(e.Name, t.Surface)));
            named.Add((present?.Name ?? name, present is not null, t));
        }
        var first = named.FindIndex(n => n.Present);
        if (first < 0) return ResizeSky(text, tokens, current);
        var subject = named[first].Name;
        var cue = named[first].Token.Surface;

        if (replace.In(text))
        {
            // "replace the cat with a rabbit", "swap the boat for a whale", "把船换成鲸鱼": the first thing that is there
            // gives way to the next one named. "instead of the cat, a rabbit" names the new one first.
            var other = named.Skip(first + 1).FirstOrDefault(n => n.Name != subject && lexicon.IsForeground(n.Name));
            if (other.Name is null && text.Contains(" instead of ", StringComparison.Ordinal))
                other = named.Take(first).LastOrDefault(n => lexicon.IsForeground(n.Name));
            if (other.Name is not null)
                return [new SceneEdit(EditKind.Replace, subject, Cue: $"{cue} … {other.Token.Surface}", Other: other.Name)];
        }
        if (move.In(text))
        {
            // "put the cat on the sofa": the place may be a thing the scene does not have yet; it comes with the move.
            var absent = named.Where(n => !n.Present && !current.Has(n.Name) && lexicon.IsForeground(n.Name))
                .Select(n => new SceneElement(n.Name, ElementRole.Foreground, ElementSource.Explicit, 1, n.Token.Surface)).DistinctBy(e => e.Name).ToList();
            var relation = RelationParser.Default.Parse(tokens, [.. current.Elements, .. absent]).FirstOrDefault(r => r.Subject == subject && r.Object != subject);
            if (relation is not null)
            {
                SceneEdit move = new(EditKind.Move, subject, Cue: cue, Other: relation.Object, Relation: relation.Relation);
                var brought = absent.FirstOrDefault(e => e.Name == relation.Object);
                return brought is null ? [move] : [new SceneEdit(EditKind.AddElement, brought.Name, Cue: brought.Cue), move];
            }
            var side = left.In(text) ? "left" : right.In(text) ? "right" : null;
            if (side is not null) return [new SceneEdit(EditKind.Move, subject, Cue: cue, Relation: side)];
        }
        if (bigger.In(text)) return [new SceneEdit(EditKind.Bigger, subject, Cue: cue)];
        if (smaller.In(text)) return [new SceneEdit(EditKind.Smaller, subject, Cue: cue)];
        if (!tokens.Any(t => t.Entry?.Function is WordFunction.Remove or WordFunction.Negation) && ColorIn(text) is { } color)
            return [new SceneEdit(EditKind.Recolor, subject, Cue: cue, Color: color)];
        return [];
    }

    /// <summary>"make the sun bigger", "把月亮缩小": the sun and the moon are no things of the layout but the sky painter's, at a size a revision can change.</summary>
    private IReadOnlyList<SceneEdit> ResizeSky(string text, IReadOnlyList<TextToken> tokens, SceneDescription current)
    {
        foreach (var t in tokens)
        {
            if (t.Entry?.Element is not (BackgroundNames.Sun or BackgroundNames.Moon) || !current.Has(t.Entry.Element)) continue;
            if (bigger.In(text)) return [new SceneEdit(EditKind.Bigger, t.Entry.Element, Cue: t.Surface)];
            if (smaller.In(text)) return [new SceneEdit(EditKind.Smaller, t.Entry.Element, Cue: t.Surface)];
        }
        return [];
    }

    private string? ColorIn(string text)
    {
        foreach (var (word, color) in colorsEn)
            if (text.Contains(" " + word + " ", StringComparison.Ordinal)) return color;
        foreach (var (word, color) in colorsZh)
            if (text.Contains(word + "色", StringComparison.Ordinal) || text.Contains(word + " 色", StringComparison.Ordinal)) return color;
        return null;
    }

    /// <summary>A list of English phrases (matched as whole words) and Chinese words (matched anywhere).</summary>
    public sealed class Words
    {
        private readonly string[] english;
        private readonly string[] chinese;

        private Words(string[] english, string[] chinese)
        {
            this.english = english;
            this.chinese = chinese;
        }

        internal static Words From(WordLists words) => new([.. words.En], [.. words.Zh]);

        /// <param name="text">The comment's tokens joined by spaces, with a space at each end.</param>
        public bool In(string text)
        {
            if (english.Any(w => text.Contains(" " + w + " ", StringComparison.Ordinal))) return true;
            var han = text.Replace(" ", "", StringComparison.Ordinal);
            return chinese.Any(w => han.Contains(w, StringComparison.Ordinal));
        }
    }
}

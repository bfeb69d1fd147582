namespace Easel.Pipeline.Foreground;

/// <summary>Which pixels a colour word repaints (element data: <c>recolor</c> in Text/Data/foreground.json).</summary>
public enum RecolorScope
{
    /// <summary>The element's body: its largest coloured region (a red car's bodywork, not its tyres, windows or outlines).</summary>
    Body,

    /// <summary>All of it (a pink phone: the glyph is mostly screen, and the colour a person means is the phone's).</summary>
    Whole,
}

namespace Easel.Pipeline.Text.DataFiles;

/// <summary>The English and Chinese words of one data entry (<c>"en": [...], "zh": [...]</c>); either may be absent.</summary>
internal record WordLists
{
    public IReadOnlyList<string> En { get; set; } = [];
    public IReadOnlyList<string> Zh { get; set; } = [];

    /// <summary>Every word with its language, English first.</summary>
    public IEnumerable<(string Language, string Word)> Words() =>
        En.Select(w => ("en", w)).Concat(Zh.Select(w => ("zh", w)));
}

using System.Collections.Frozen;
using Easel.Pipeline.Text.DataFiles;

namespace Easel.Pipeline.Text;

/// <summary>
/// Chinese counts: a numeral (一, 两, 三 … 十, 百) followed by a classifier ("三只", "两匹", "十二头"). Which characters are
/// classifiers and what a collective or a pair does to the count ("一群" reads as five, "一对" as two) is grammar.json's.
/// </summary>
internal sealed class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    private readonly FrozenSet<char> classifiers;
    private readonly FrozenDictionary<char, ClassifierCount> counts;

    public ChineseNumerals(IEnumerable<char> classifiers, IReadOnlyDictionary<char, ClassifierCount> counts)
    {
        this.classifiers = classifiers.ToFrozenSet();
        this.counts = counts.ToFrozenDictionary();
    }

    /// <summary>Reads "numeral + classifier" at <paramref name="at"/> of a run of Han characters.</summary>
    /// <param name="length">How many characters it takes, the classifier included.</param>
    /// <param name="count">The count, 1 to 50 before a collective's or a pair's rule.</param>
    public bool TryRead(string run, int at, out int length, out int count)
    {
        var j = at;
        var value = 0;
        var current = 0;
        var any = false;
        while (j < run.Length)
        {
            var d = Digits.IndexOf(run[j], StringComparison.Ordinal);
            if (run[j] == '两') d = 2;
            if (d >= 0) { current = d; any = true; j++; continue; }
            if (run[j] == '十') { value += (current == 0 ? 1 : current) * 10; current = 0; any = true; j++; continue; }
            if (run[j] == '百') { value += (current == 0 ? 1 : current) * 100; current = 0; any = true; j++; continue; }
            break;
        }
        value += current;
        length = j - at;
        count = Math.Clamp(value, 1, 50);
        if (!any || j >= run.Length || !classifiers.Contains(run[j])) return false;
        if (counts.TryGetValue(run[j], out var rule)) count = rule.Apply(count);
        length++;
        return true;
    }
}

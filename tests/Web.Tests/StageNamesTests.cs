using System.Reflection;
using System.Text.RegularExpressions;
using Easel.Pipeline.Orchestration;

namespace Easel.Web.Tests;

/// <summary>The page repeats the orchestration's stage names (plain script, no build step): it must use the same ones.</summary>
public sealed partial class StageNamesTests
{
    private static readonly string AppJs = File.ReadAllText(Path.Combine(ServeProcess.RepositoryRoot(), "web", "app.js"));

    [Fact]
    public void The_pages_stage_list_is_the_orchestrations()
    {
        var stages = Block("const STAGES = [", "];");
        Assert.Equal(StageNames.Shown, StageKey().Matches(stages).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Every_stage_message_of_the_page_names_a_known_stage()
    {
        var known = typeof(StageNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var messages = MessageKey().Matches(Block("const STAGE_MESSAGES = {", "};")).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, name => Assert.Contains(name, known));
    }

    private static string Block(string start, string end)
    {
        var from = AppJs.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"web/app.js has no '{start}'");
        var to = AppJs.IndexOf(end, from, StringComparison.Ordinal);
        return AppJs[from..to];
    }

    [GeneratedRegex("key: \"([a-z-]+)\"")]
    private static partial Regex StageKey();

    [GeneratedRegex("^\\s+([a-z-]+): \"[^\"]*\",?$", RegexOptions.Multiline)]
    private static partial Regex MessageKey();
}

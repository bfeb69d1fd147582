using System.Text.Json;
using Easel.Pipeline.Scene;
using Easel.Pipeline.Text;
using Easel.Pipeline.Foreground;

namespace Easel.Pipeline.Tests.Text;

/// <summary>The committed data agrees with itself and with the asset pack.</summary>
public sealed class LexiconDataTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Serverless.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Every_element_with_an_asset_has_its_svg_and_every_glyph_an_element()
    {
        var glyphs = Path.Combine(RepoRoot(), "assets", "glyphs");
        var drawings = Path.Combine(RepoRoot(), "assets", "drawings");
        var svgs = Directory.GetFiles(glyphs, "*.svg").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var drawn = Directory.Exists(drawings) ? Directory.GetFiles(drawings, "*.svg").Select(Path.GetFileNameWithoutExtension).ToHashSet() : [];
        var withAsset = Lexicon.Foreground.Values.Where(f => f.HasAsset).Select(f => f.Name).ToHashSet();
        Assert.Empty(withAsset.Except(svgs!).Except(drawn!));
        Assert.Empty(svgs.Except(withAsset!));
        Assert.InRange(withAsset.Count, 800, 3000);
        Assert.True(File.Exists(Path.Combine(glyphs, "LICENSE")));
        var bytes = Directory.GetFiles(glyphs, "*.svg").Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 1, 30L * 1024 * 1024);
    }

    [Theory]
    [InlineData("goose")]
    [InlineData("sailboat")]
    [InlineData("wine glass")]
    [InlineData("runner")]
    public void Glyphs_render_crisp_at_any_size(string name)
    {
        var pack = new AssetPack(Path.Combine(RepoRoot(), "assets"));
        foreach (var size in new[] { 48, 1024 })
        {
            using var image = pack.Load(name, size);
            Assert.NotNull(image);
            Assert.Equal(size, image!.Width);
            // A figure on transparency: a real share of the square is opaque, the corners are not.
            var opaque = 0;
            image.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++)
                    foreach (var p in rows.GetRowSpan(y)) if (p.A > 200) opaque++;
            });
            Assert.InRange(opaque / (double)(size * size), 0.08, 0.9);
            Assert.Equal(0, image[0, 0].A);
        }
    }

    [Fact]
    public void Names_are_english_singular_lower_case()
    {
        Assert.All(Lexicon.Foreground.Keys, n => Assert.Matches("^[a-z][a-z -]*[a-z]$", n));
        Assert.Empty(Lexicon.Foreground.Keys.Where(BackgroundNames.IsBackground));
    }

    [Fact]
    public void Everything_the_data_adds_is_a_known_element()
    {
        foreach (var (category, names) in Lexicon.EmotionElements)
            Assert.All(names, n => Assert.True(Lexicon.RoleOf(n) is not null, $"{category}: {n}"));
        foreach (var resource in new[] { "Text.Data.topics.json" })
        {
            using var doc = Lexicon.Open(resource);
            foreach (var topic in doc.RootElement.GetProperty("topics").EnumerateArray())
                foreach (var add in topic.GetProperty("add").EnumerateArray())
                {
                    var name = add.GetProperty("name").GetString()!;
                    Assert.True(Lexicon.RoleOf(name) is not null, $"topics.json adds unknown '{name}'");
                    if (add.TryGetProperty("unless", out var unless))
                        Assert.All(unless.EnumerateArray(), u => Assert.True(Lexicon.RoleOf(u.GetString()!) is not null, $"unless '{u}'"));
                }
        }
        Assert.All(Lexicon.Implies.Values.SelectMany(v => v), n => Assert.True(BackgroundNames.IsBackground(n)));
    }

    [Fact]
    public void Every_background_name_has_words_in_both_languages()
    {
        using var doc = Lexicon.Open("Text.Data.background.json");
        var names = doc.RootElement.GetProperty("elements").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        foreach (var name in BackgroundNames.All)
        {
            Assert.True(names.TryGetValue(name, out var e), $"background.json lacks '{name}'");
            Assert.NotEqual(0, e.GetProperty("en").GetArrayLength());
            Assert.NotEqual(0, e.GetProperty("zh").GetArrayLength());
        }
    }

    [Theory]
    [InlineData("goose", "goose")]
    [InlineData("geese", "goose")]
    [InlineData("boat", "sailboat")]
    [InlineData("meadow", "grass")]
    [InlineData("ocean", "sea")]
    [InlineData("misty", "fog")]
    [InlineData("evening", "sunset")]
    [InlineData("stars", "star")]
    [InlineData("puppies", "dog")]
    [InlineData("wolves", "wolf")]
    [InlineData("sunlight", "sun")]
    public void English_words(string word, string element)
    {
        Assert.Equal(element, Lexicon.LookupEnglish(word)?.Element);
    }

    [Fact]
    public void Loaded_once_and_shared()
    {
        var seen = new Lexicon[8];
        Parallel.For(0, seen.Length, i => seen[i] = Lexicon.Default);
        Assert.All(seen, l => Assert.Same(Lexicon.Default, l));
    }

    [Fact]
    public void Licence_notices_sit_beside_the_word_data()
    {
        var data = Path.Combine(RepoRoot(), "src", "Pipeline", "Text", "Data");
        Assert.Contains("UNICODE LICENSE", File.ReadAllText(Path.Combine(data, "LICENSE-CLDR.txt")));
        Assert.Contains("MIT", File.ReadAllText(Path.Combine(data, "LICENSE-emojibase.txt")));
        _ = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "foreground.json")));
    }
}

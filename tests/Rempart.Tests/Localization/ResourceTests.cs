using System.Xml.Linq;

namespace Rempart.Tests.Localization;

public sealed class ResourceTests
{
    private static readonly string ResourceFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Rempart.Web", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void EveryFrenchText_HasAnEnglishTranslation_AndNoOrphan()
    {
        var french = Read("Texts.resx");
        var english = Read("Texts.en.resx");

        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void FormatPlaceholders_AreTheSameInBothLanguages()
    {
        var french = Read("Texts.resx");
        var english = Read("Texts.en.resx");

        foreach (var (key, text) in french)
        {
            var placeholders = System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order();
            var translated = System.Text.RegularExpressions.Regex.Matches(english[key], @"\{\d+\}").Select(m => m.Value).Order();
            Assert.True(placeholders.SequenceEqual(translated), key);
        }
    }
}

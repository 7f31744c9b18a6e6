using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest.PlainText;

namespace Kronika.Ingest.Tests.PlainText;

public sealed class CreditFinderTests
{
    public static TheoryData<string, string> Markers() =>
        [.. CreditFinder.Markers.Select(marker => (marker.Marker, marker.Example))];

    [Theory]
    [MemberData(nameof(Markers))]
    public void Every_credit_marker_makes_its_example_a_caption_with_a_credit(string marker, string example)
    {
        Document document = ReadHelper.ReadText($"Tytuł artykułu\n\nPierwszy akapit tekstu, który opisuje wydarzenie.\n\n{example}\n\nDrugi akapit tekstu.");
        Assert.Equal(example, document.TextOf(RegionType.Caption));
        string? credit = document.TextOf(RegionType.Credit);
        Assert.NotNull(credit);
        Assert.EndsWith(credit, example, StringComparison.Ordinal);
        Assert.Contains(marker, Kronika.Ingest.Cleaning.TextFold.Fold(credit), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Aleksandr Łukaszenka, przywódca Białorusi Źródło: Wikimedia Commons", "Źródło: Wikimedia Commons")]
    [InlineData("Fot. PAP/Radek Pietruszka", "Fot. PAP/Radek Pietruszka")]
    [InlineData("Supporters at a rally (Photo by Jane Doe/Getty Images)", "(Photo by Jane Doe/Getty Images)")]
    [InlineData("Hillary Clinton in Philadelphia. AFP/Getty Images", "AFP/Getty Images")]
    [InlineData("Getty.", "Getty.")]
    public void The_credit_is_the_end_of_the_caption(string line, string credit)
    {
        int start = CreditFinder.Find(line);
        Assert.Equal(credit, line[start..]);
    }

    [Theory]
    [InlineData("Minister powiedział, że źródłosłów nazwy jest niejasny i fotografia nie oddaje sprawy.")]
    [InlineData("Foto")]
    [InlineData("The museum's collection includes paintings, books and letters that were once lost, the curator said.")]
    public void Lines_without_a_credit_are_not_captions(string line)
    {
        Assert.Equal(-1, CreditFinder.Find(line));
    }
}

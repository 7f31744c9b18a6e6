using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.Tests.Cleaning;

public sealed class DebrisRulesTests
{
    private const string Before = "Rząd przyjął projekt budżetu\n\nRada Ministrów przyjęła we wtorek projekt ustawy budżetowej na przyszły rok.\n\n";
    private const string After = "\n\nMinister finansów zapowiedział, że deficyt nie przekroczy trzech procent.\n";

    public static TheoryData<string, string, string> Rules() =>
        [.. DebrisRules.Default.Rules.Select(rule => (rule.Origin, rule.Reason, rule.Example))];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_debris_rule_removes_its_example_line(string origin, string reason, string example)
    {
        Assert.Equal(reason, DebrisRules.Default.Match(example)?.Reason);

        Document document = ReadHelper.ReadText(Before + example + After);
        Assert.Contains(document.Removed, removal => removal.Text == example && removal.Reason == reason);
        Assert.DoesNotContain(example, document.Text, StringComparison.Ordinal);
        Assert.True(origin.Length > 0);
    }

    [Theory]
    [InlineData("Dodano:", "empty_dateline", null)]
    [InlineData("Dodano: 15.09.2023 10:21", "dateline", "2023-09-15T10:21")]
    [InlineData("Opublikowano: 15 września 2023", "dateline", "2023-09-15")]
    [InlineData("Published: September 15, 2023", "dateline", "2023-09-15")]
    [InlineData("Aktualizacja: 16.09.2023 08:00", "update_dateline", null)]
    [InlineData("Published:", "empty_dateline", null)]
    public void Datelines_are_removed_and_a_dated_one_gives_the_publication_date(string line, string reason, string? published)
    {
        Document document = ReadHelper.ReadText($"Tytuł artykułu\n{line}\n\nPierwszy akapit artykułu, który jest treścią.");
        Assert.Equal(reason, Assert.Single(document.Removed).Reason);
        Assert.Equal(published, document.Metadata.Published);
        Assert.Equal(published is null ? "none" : "dateline", document.Metadata.PublishedFrom);
    }

    [Theory]
    [InlineData("Posted on Twitter, the video showed soldiers crossing the river near the border at dawn.")]
    [InlineData("Loading the trucks took the volunteers most of the night.")]
    [InlineData("Polecamy wszystkim lekturę raportu, który opublikowano w poniedziałek.")]
    public void Text_lines_that_begin_like_debris_are_kept(string line)
    {
        Document document = ReadHelper.ReadText($"Title of the article\n\n{line}");
        Assert.Empty(document.Removed);
        Assert.Contains(line, document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Powtórzona linia reklamowa", 3)]
    public void Repeated_lines_after_the_first_are_removed(string line, int times)
    {
        string body = string.Join("\n\n", Enumerable.Repeat(line, times));
        Document document = ReadHelper.ReadText($"Tytuł\n\nPierwszy akapit tekstu.\n\n{body}\n\nOstatni akapit tekstu.");
        Assert.Equal(times - 1, document.Removed.Count(removal => removal.Reason == "repeated"));
        Assert.Equal(1, document.Regions.Count(region => region.Span.ToString(document.Text) == line));
    }

    [Theory]
    [InlineData("https://example.com/news/2023/09/15", "url")]
    [InlineData("www.example.pl", "url")]
    [InlineData("* * *", "separator")]
    [InlineData("———", "separator")]
    public void Bare_addresses_and_separators_are_removed(string line, string reason)
    {
        Document document = ReadHelper.ReadText($"Tytuł\n\nPierwszy akapit tekstu.\n\n{line}\n\nOstatni akapit tekstu.");
        Assert.Equal(reason, Assert.Single(document.Removed).Reason);
        Assert.Equal(RegionType.Lead, document.Regions[1].Type);
    }
}

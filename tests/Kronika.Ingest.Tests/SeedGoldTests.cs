using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Testing;

namespace Kronika.Ingest.Tests;

/// <summary>The founding article against the parts of its gold file that reading and cleaning decide.</summary>
public sealed class SeedGoldTests
{
    private const string Seed = "seeds/000_a6450bc0721d6666.txt";
    private const string Gold = "gold/seed.gold.json";

    private static (Document Document, JsonElement Gold) Load()
    {
        Document document = ReadHelper.Reader.Read(File.ReadAllBytes(SharedData.Require(Seed)), Seed);
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(SharedData.Require(Gold)));
        return (document, gold.RootElement.Clone());
    }

    [Theory]
    [InlineData("title")]
    public void Title_equals_the_gold_title(string field)
    {
        (Document document, JsonElement gold) = Load();
        Assert.Equal(DocumentDump.Normalize(gold.GetProperty(field).GetString()!), DocumentDump.Normalize(document.TextOf(RegionType.Title)!));
    }

    [Theory]
    [InlineData("credited_source")]
    public void Credited_source_equals_the_gold_one(string field)
    {
        (Document document, JsonElement gold) = Load();
        Assert.Equal(gold.GetProperty(field).GetString(), document.Metadata.CreditedSource);
    }

    [Theory]
    [InlineData("junk")]
    public void No_junk_string_is_left_in_the_text(string field)
    {
        (Document document, JsonElement gold) = Load();
        string text = DocumentDump.Normalize(document.Text);
        foreach (JsonElement junk in gold.GetProperty(field).EnumerateArray())
        {
            Assert.DoesNotContain(DocumentDump.Normalize(junk.GetString()!), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("captions")]
    public void Each_gold_caption_is_exactly_one_caption_region_with_its_credit_inside(string field)
    {
        (Document document, JsonElement gold) = Load();
        List<Region> captions = [.. document.Regions.Where(region => region.Type == RegionType.Caption)];
        foreach (JsonElement caption in gold.GetProperty(field).EnumerateArray())
        {
            string expected = DocumentDump.Normalize(caption.GetString()!);
            Region region = Assert.Single(captions, region => DocumentDump.Normalize(region.Span.ToString(document.Text)) == expected);
            Assert.Contains(document.Regions, credit => credit.Type == RegionType.Credit && region.Span.Contains(credit.Span));
        }
    }

    [Theory]
    [InlineData(Seed)]
    public void The_seed_keeps_the_invariants_and_maps_every_region_back(string relative)
    {
        byte[] bytes = File.ReadAllBytes(SharedData.Require(relative));
        Document document = ReadHelper.Read(bytes, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("Kim Dzong Un w Rosji", Assert.Single(document.Regions, region => region.Type == RegionType.Subheading).Span.ToString(document.Text));
        Assert.StartsWith("Aleksander Łukaszenka jest zainteresowany", document.TextOf(RegionType.Lead), StringComparison.Ordinal);
    }
}

using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Storage.Duplicates;

namespace Kronika.Storage.Tests;

/// <summary>Near-duplicates, as every backend must find and link them.</summary>
public abstract partial class ArticleStoreContract
{
    [Theory]
    [MemberData(nameof(SimHashTests.Stories), MemberType = typeof(SimHashTests))]
    public void A_copy_with_small_edits_is_found_as_a_near_duplicate_of_the_stored_story(string original, string copy, string other)
    {
        StoredArticle story = TestArticles.Make(original, "agency.txt");
        Store.Store(story);
        Store.Store(TestArticles.Make(other, "other.txt"));

        NearDuplicate? found = Store.FindNearDuplicate(copy);

        Assert.NotNull(found);
        Assert.Equal(story.Id, found.ArticleId);
        Assert.Equal(SimHash.Of(copy), found.Fingerprint);
        Assert.Equal(SimHash.Distance(SimHash.Of(original)!.Value, found.Fingerprint), found.Distance);
        Assert.InRange(found.Distance, 0, SimHash.CandidateDistance);
        Assert.InRange(found.Similarity, Shingles.MinJaccard, 1.0);
    }

    [Theory]
    [MemberData(nameof(SimHashTests.Stories), MemberType = typeof(SimHashTests))]
    public void Another_story_on_the_same_topic_is_not_a_near_duplicate(string original, string copy, string other)
    {
        Store.Store(TestArticles.Make(original, "agency.txt"));

        Assert.Null(Store.FindNearDuplicate(other));
        Assert.NotNull(Store.FindNearDuplicate(copy));
    }

    [Fact]
    public void Among_many_stored_stories_the_lookup_finds_the_one_repeated()
    {
        // Two hundred stories that share a vocabulary (and so many fingerprint bands) with the one sought.
        for (int number = 0; number < 200; number++)
        {
            Store.Store(TestArticles.Make(Variant(number), $"filler/{number}.txt"));
        }

        StoredArticle story = TestArticles.Make(NearDuplicateTexts.WireEnglish, "wire.txt");
        Store.Store(story);

        Assert.Equal(story.Id, Store.FindNearDuplicate(NearDuplicateTexts.RegionalCopy)?.ArticleId);
        Assert.Equal(TestArticles.Make(Variant(117)).Id, Store.FindNearDuplicate(Variant(117) + " Updated at noon.")?.ArticleId);
        Assert.Equal(201, Store.Count(ArticleQuery.All));
    }

    /// <summary>A different short report for each number: the same words in another order, with numbers of its own.</summary>
    private static string Variant(int number)
    {
        string[] words = NearDuplicateTexts.SameStrike.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(number);
        random.Shuffle(words);
        return $"Report {number}: " + string.Join(' ', words[..60]) + $" Figures for day {number * 7} and line {number * 13}.";
    }

    [Fact]
    public void Refused_inputs_and_short_texts_get_no_fingerprint()
    {
        Store.Store(TestArticles.Make(NearDuplicateTexts.Agency, "pap.txt", rejection: new Rejection("language", RejectionReason.UnsupportedLanguage, "de")));
        Store.Store(TestArticles.Make("Krótki tekst.", "short.txt"));

        Assert.Null(Store.FindNearDuplicate(NearDuplicateTexts.PortalCopy));
        Assert.Null(Store.FindNearDuplicate("Krótki tekst."));
    }

    [Fact]
    public void A_link_is_stored_once_and_listed_under_the_original()
    {
        StoredArticle agency = TestArticles.Make(NearDuplicateTexts.Agency, "pap.txt");
        Store.Store(agency);
        ulong fingerprint = SimHash.Of(NearDuplicateTexts.PortalCopy)!.Value;
        var link = new DuplicateLink(Document.IdOf(NearDuplicateTexts.PortalCopy), agency.Id, "portal.html", "https://portal.example.pl/a", fingerprint, 2, TestArticles.StoredAt);
        var another = link with { Input = "mirror.html", Url = null, Fingerprint = ulong.MaxValue, LinkedAt = TestArticles.StoredAt.AddMinutes(1) };

        Assert.True(Store.LinkNearDuplicate(link));
        Assert.False(Store.LinkNearDuplicate(link));
        Assert.True(Store.LinkNearDuplicate(another));

        // The fingerprint survives its signed SQL form, the top bit included.
        Assert.Equal([link, another], Store.NearDuplicatesOf(agency.Id));
        Assert.Empty(Store.NearDuplicatesOf(link.Id));
        Assert.Equal(1, Store.Count(ArticleQuery.All));
    }
}

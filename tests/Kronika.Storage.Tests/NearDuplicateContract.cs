using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Storage.Duplicates;

namespace Kronika.Storage.Tests;

/// <summary>Near-duplicates, as every backend must find and link them.</summary>
public abstract partial class ArticleStoreContract
{
    [Fact]
    public void A_copy_with_small_edits_is_found_as_a_near_duplicate_of_the_stored_story()
    {
        StoredArticle agency = TestArticles.Make(NearDuplicateTexts.Agency, "pap.txt");
        Store.Store(agency);

        NearDuplicate? found = Store.FindNearDuplicate(NearDuplicateTexts.PortalCopy);

        Assert.NotNull(found);
        Assert.Equal(agency.Id, found.ArticleId);
        Assert.InRange(found.Distance, 0, SimHash.CandidateDistance);
        Assert.InRange(found.Similarity, Shingles.MinJaccard, 1.0);
    }

    [Fact]
    public void Another_story_on_the_same_topic_is_not_a_near_duplicate()
    {
        Store.Store(TestArticles.Make(NearDuplicateTexts.Agency, "pap.txt"));

        Assert.Null(Store.FindNearDuplicate(NearDuplicateTexts.SameTopic));
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
        var link = new DuplicateLink(Document.IdOf(NearDuplicateTexts.PortalCopy), agency.Id, "portal.html", "https://portal.example.pl/a", 2, TestArticles.StoredAt);

        Assert.True(Store.LinkNearDuplicate(link));
        Assert.False(Store.LinkNearDuplicate(link));

        Assert.Equal([link], Store.NearDuplicatesOf(agency.Id));
        Assert.Empty(Store.NearDuplicatesOf(link.Id));
        Assert.Equal(1, Store.Count(ArticleQuery.All));
    }
}

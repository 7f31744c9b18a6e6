using Kronika.Storage.Duplicates;

namespace Kronika.Storage.Tests;

public sealed class SimHashTests
{
    [Fact]
    public void The_same_text_has_the_same_fingerprint_whatever_its_case_and_spacing()
    {
        ulong? first = SimHash.Of(NearDuplicateTexts.Agency);
        ulong? second = SimHash.Of(NearDuplicateTexts.Agency.ToUpperInvariant().Replace("\n", "\n\n  ", StringComparison.Ordinal));

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Small_edits_move_few_bits_and_another_story_many()
    {
        ulong agency = SimHash.Of(NearDuplicateTexts.Agency)!.Value;

        int copy = SimHash.Distance(agency, SimHash.Of(NearDuplicateTexts.PortalCopy)!.Value);
        int other = SimHash.Distance(agency, SimHash.Of(NearDuplicateTexts.SameTopic)!.Value);

        Assert.InRange(copy, 0, SimHash.CandidateDistance);
        Assert.True(other > SimHash.CandidateDistance, $"another story differs in only {other} bits");
    }

    [Fact]
    public void Shingles_tell_a_copy_from_another_story_on_the_same_topic()
    {
        HashSet<string> agency = Shingles.Of(NearDuplicateTexts.Agency);

        Assert.InRange(Shingles.Jaccard(agency, Shingles.Of(NearDuplicateTexts.PortalCopy)), Shingles.MinJaccard, 1.0);
        Assert.InRange(Shingles.Jaccard(agency, Shingles.Of(NearDuplicateTexts.SameTopic)), 0.0, 0.1);
        Assert.Equal(1.0, Shingles.Jaccard(agency, Shingles.Of(NearDuplicateTexts.Agency.ToUpperInvariant())));
    }

    [Fact]
    public void A_text_under_the_word_minimum_has_no_fingerprint()
    {
        Assert.Null(SimHash.Of(string.Join(' ', Enumerable.Repeat("słowo", SimHash.MinWords - 1))));
        Assert.NotNull(SimHash.Of(string.Join(' ', Enumerable.Repeat("słowo", SimHash.MinWords))));
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(ulong.MaxValue)]
    [InlineData(0x8000_0000_0000_0001UL)]
    public void Fingerprints_round_trip_through_their_stored_form_and_bands(ulong fingerprint)
    {
        Assert.Equal(fingerprint, SimHash.FromStored(SimHash.ToStored(fingerprint)));
        ulong rebuilt = 0;
        for (int band = 0; band < SimHash.Bands; band++)
        {
            rebuilt |= (ulong)SimHash.Band(fingerprint, band) << (64 / SimHash.Bands * band);
        }

        Assert.Equal(fingerprint, rebuilt);
    }
}

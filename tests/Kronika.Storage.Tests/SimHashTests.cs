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

    public static TheoryData<string, string, string> Stories => new()
    {
        { NearDuplicateTexts.Agency, NearDuplicateTexts.PortalCopy, NearDuplicateTexts.SameTopic },
        { NearDuplicateTexts.WireEnglish, NearDuplicateTexts.RegionalCopy, NearDuplicateTexts.SameStrike },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void Small_edits_move_few_bits_and_another_story_many(string original, string copy, string other)
    {
        ulong fingerprint = SimHash.Of(original)!.Value;

        int toCopy = SimHash.Distance(fingerprint, SimHash.Of(copy)!.Value);
        int toOther = SimHash.Distance(fingerprint, SimHash.Of(other)!.Value);

        Assert.InRange(toCopy, 0, SimHash.CandidateDistance);
        Assert.True(toOther > SimHash.CandidateDistance, $"another story differs in only {toOther} bits");
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Shingles_tell_a_copy_from_another_story_on_the_same_topic(string original, string copy, string other)
    {
        HashSet<string> shingles = Shingles.Of(original);

        Assert.InRange(Shingles.Jaccard(shingles, Shingles.Of(copy)), Shingles.MinJaccard, 1.0);
        Assert.InRange(Shingles.Jaccard(shingles, Shingles.Of(other)), 0.0, 0.1);
        Assert.Equal(1.0, Shingles.Jaccard(shingles, Shingles.Of(original.ToUpperInvariant())));
    }

    [Fact]
    public void Changing_one_word_in_three_sentences_keeps_a_story_a_near_duplicate_and_rewriting_it_does_not()
    {
        string edited = NearDuplicateTexts.WireEnglish
            .Replace("Thursday", "Friday", StringComparison.Ordinal)
            .Replace("four per cent", "five per cent", StringComparison.Ordinal)
            .Replace("disappointing", "regrettable", StringComparison.Ordinal);
        // Every sentence rewritten in other words, as a second agency would file the same facts.
        string rewritten = """
            Drivers strike, most southern trains cancelled

            A walkout by train drivers over pay stopped most services in the south of England on Thursday, the union said, sending commuters onto buses and roads.

            Talks between the operators and the union collapsed on Monday. Drivers had been offered four per cent spread over two years, which the union called a real-terms cut once inflation is counted. It is the third strike this year.

            The companies called their offer fair and asked the union to ballot members on it. About a fifth of trains were due to run on main lines into London, and some lines had no trains.

            The transport secretary said the strike was disappointing but that ministers would leave the dispute to the employers and staff.
            """;
        ulong original = SimHash.Of(NearDuplicateTexts.WireEnglish)!.Value;
        HashSet<string> shingles = Shingles.Of(NearDuplicateTexts.WireEnglish);

        Assert.InRange(SimHash.Distance(original, SimHash.Of(edited)!.Value), 0, SimHash.CandidateDistance);
        Assert.InRange(Shingles.Jaccard(shingles, Shingles.Of(edited)), Shingles.MinJaccard, 1.0);
        Assert.InRange(Shingles.Jaccard(shingles, Shingles.Of(rewritten)), 0.0, Shingles.MinJaccard - 0.2);
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

using Kronika.Contract;
using Kronika.Testing;

namespace Kronika.Evaluation.Tests;

/// <summary>Scores of hand-made outputs against Gold/visit.gold.json, each worked out by hand in the comment above it.
/// The gold has 8 distinct mention strings, 3 events (CONSULT duda→zelensky asserted, AID poland→ukraine hypothetical,
/// DISAPPROVE russia→duda asserted), 1 quote by duda, 1 junk string and 1 caption.</summary>
public sealed class GoldScorerTests
{
    private static readonly GoldArticle _visit = GoldFile.Load(Path.Combine(SharedData.RepositoryRoot, "tests/Kronika.Evaluation.Tests/Gold/visit.gold.json"));

    // Everything as the gold says: 1.0 everywhere.
    [Theory]
    [InlineData("asserted", "hypothetical", "asserted")]
    public void A_perfect_output_scores_one_everywhere(string consult, string aid, string disapprove)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities()
            .Event("CONSULT", ["kb:duda"], ["kb:zelensky"], consult)
            .Event("AID", ["kb:poland"], ["kb:ukraine"], aid)
            .Event("DISAPPROVE", ["kb:russia"], ["kb:duda"], disapprove)
            .Quote("Będziemy wspierać Ukrainę", "kb:duda")
            .Build();
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(output)));

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Empty(score.Misses);
        Assert.Equal((1, 1, 1, 1), (score.TitlesCorrect, score.CreditedSourcesCorrect, score.JunkAbsent, score.CaptionsFound));
        Assert.Equal((8, 8), (score.MentionsFound, score.GoldMentions));
        Assert.Equal((3, 3, 3, 3), (score.EventsMatched, score.OutputEvents, score.GoldEvents, score.ModalitiesAgreed));
        Assert.Equal((1, 1, 1), (score.QuotesMatched, score.OutputQuotes, score.GoldQuotes));
        foreach (double ratio in new[] { score.MentionRecall, score.EventPrecision, score.EventRecall, score.ModalityAgreement, score.QuotePrecision, score.QuoteRecall, score.TitleAccuracy, score.JunkRemoval, score.CaptionRecall })
        {
            Assert.Equal(1.0, ratio);
        }
    }

    // The quote is right but given to Zelensky: it matches nothing, 0/1 both ways.
    [Theory]
    [InlineData("kb:zelensky")]
    [InlineData(null)]
    public void A_quote_with_the_wrong_speaker_does_not_count(string? speaker)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Quote("Będziemy wspierać Ukrainę", speaker).Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((0, 1, 1), (score.QuotesMatched, score.OutputQuotes, score.GoldQuotes));
        Assert.Equal(0.0, score.QuotePrecision);
        Assert.Equal(0.0, score.QuoteRecall);
    }

    // The output quote includes the quotation marks and the attribution; it contains the whole (shorter than 40) gold text.
    [Theory]
    [InlineData("„Będziemy wspierać Ukrainę” – powiedział Duda")]
    [InlineData("Będziemy wspierać")]
    public void A_quote_matches_when_one_text_contains_the_start_of_the_other(string text)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Quote(text, "kb:duda").Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal(1, score.QuotesMatched);
    }

    // Only the first 40 characters of the longer text need to be inside the shorter one's container.
    [Theory]
    [InlineData("Pierwsze zdanie cytatu, które ma więcej niż czterdzieści znaków. Drugie zdanie.", "Pierwsze zdanie cytatu, które ma więcej niż czterdzieści znaków. Inne dalej.", true)]
    [InlineData("Pierwsze zdanie cytatu, które ma więcej niż czterdzieści znaków.", "Pierwsze zdanie cytatu, które ma mniej.", false)]
    public void Quotes_are_compared_by_their_first_forty_normalised_characters(string goldText, string outputText, bool matches)
    {
        GoldArticle gold = _visit with { Quotes = [new GoldQuote { Speaker = "duda", Kind = "direct", Text = goldText }] };
        AnalysisRecord output = new OutputBuilder(outputText + " Duda")
            .Entity("kb:duda", "PER", "Andrzej Duda", "POL", mentions: ["Duda"])
            .Quote(outputText, "kb:duda")
            .Build();

        Assert.Equal(matches ? 1 : 0, GoldScorer.Score(gold, output).QuotesMatched);
    }

    // CONSULT is symmetric in the gold's eyes: Zelensky→Duda matches the gold's Duda→Zelensky. 1 matched of 1 output, of 3 gold.
    [Theory]
    [InlineData("kb:zelensky", "kb:duda")]
    [InlineData("kb:duda", "kb:zelensky")]
    public void Consult_matches_in_either_order(string source, string target)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Event("CONSULT", [source], [target]).Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((1, 1, 3), (score.EventsMatched, score.OutputEvents, score.GoldEvents));
        Assert.Equal(1.0, score.EventPrecision);
        Assert.Equal(1.0 / 3, score.EventRecall);
    }

    // AID Ukraine→Poland is the gold AID reversed, and only CONSULT may be reversed: 0 matched.
    [Theory]
    [InlineData("AID", "kb:ukraine", "kb:poland")]
    [InlineData("DISAPPROVE", "kb:duda", "kb:russia")]
    public void Other_events_reversed_do_not_match(string type, string source, string target)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Event(type, [source], [target], "hypothetical").Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((0, 1, 3), (score.EventsMatched, score.OutputEvents, score.GoldEvents));
        Assert.Equal(0.0, score.EventPrecision);
    }

    // An event of the right actors but the wrong type matches nothing.
    [Theory]
    [InlineData("AGREE")]
    public void An_event_of_another_type_does_not_match(string type)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Event(type, ["kb:duda"], ["kb:zelensky"]).Build();

        Assert.Equal(0, GoldScorer.Score(_visit, output).EventsMatched);
    }

    // The Kremlin criticised Duda: the gold codes Russia as the source. The Kremlin entity acts for Russia, either because
    // the gold says so (kremlin.acts_for = russia) or because the output's mention says so.
    [Theory]
    [InlineData("Kremlin", null)]
    [InlineData("Kremlin building", "kb:russia")]
    public void An_entity_matches_the_actor_it_acts_for(string name, string? mentionActsFor)
    {
        string mention = mentionActsFor is null ? "Kreml" : "Kreml=>" + mentionActsFor;
        AnalysisRecord output = OutputBuilder.Visit()
            .Entity("new:kreml", "FAC", name, null, mentions: [mention])
            .Entity("kb:russia", "GPE", "Russia", "RUS", mentions: ["Rosja"])
            .Entity("kb:duda", "PER", "Andrzej Duda", "POL", mentions: ["Duda"])
            .Event("DISAPPROVE", ["new:kreml"], ["kb:duda"])
            .Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal(1, score.EventsMatched);
    }

    // Without acts_for anywhere, a place is not the state: an entity aligned with nothing fills no actor.
    [Theory]
    [InlineData("Moscow")]
    public void An_unrelated_entity_does_not_stand_for_a_state(string name)
    {
        AnalysisRecord output = OutputBuilder.Visit()
            .Entity("new:moscow", "GPE", name, "RUS", mentions: [])
            .Entity("kb:duda", "PER", "Andrzej Duda", "POL", mentions: ["Duda"])
            .Event("DISAPPROVE", ["new:moscow"], ["kb:duda"])
            .Build();

        Assert.Equal(0, GoldScorer.Score(_visit, output).EventsMatched);
    }

    // The gold says Poland aids Ukraine; the output says Duda (a Polish person) does: it matches. Zelensky (UKR) does not.
    [Theory]
    [InlineData("kb:duda", 1)]
    [InlineData("kb:zelensky", 0)]
    public void A_person_matches_the_state_of_their_country(string source, int matched)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Event("AID", [source], ["kb:ukraine"], "hypothetical").Build();

        Assert.Equal(matched, GoldScorer.Score(_visit, output).EventsMatched);
    }

    // Three copies of the visit: one gold CONSULT, matched once. Precision 1/3, recall 1/3 (gold has three events).
    [Theory]
    [InlineData(3)]
    public void Duplicate_outputs_are_matched_once(int copies)
    {
        OutputBuilder builder = OutputBuilder.VisitWithEntities();
        for (int copy = 0; copy < copies; copy++)
        {
            builder.Event("CONSULT", ["kb:duda"], ["kb:zelensky"]);
        }

        GoldScore score = GoldScorer.Score(_visit, builder.Build());

        Assert.Equal((1, copies, 3), (score.EventsMatched, score.OutputEvents, score.GoldEvents));
        Assert.Equal(1.0 / copies, score.EventPrecision);
    }

    // The first output could take either gold event; a greedy pass would give it the one the second output needs.
    // The largest matching pairs both.
    [Theory]
    [InlineData("CONSULT")]
    public void Events_are_paired_to_match_as_many_as_possible(string type)
    {
        GoldArticle gold = _visit with
        {
            Events =
            [
                new GoldEvent { Type = type, Source = ["duda"], Target = ["zelensky"], Modality = "asserted" },
                new GoldEvent { Type = type, Source = ["duda"], Target = ["russia"], Modality = "asserted" },
            ],
        };
        AnalysisRecord output = OutputBuilder.VisitWithEntities()
            .Event(type, ["kb:duda"], ["kb:zelensky", "kb:russia"])
            .Event(type, ["kb:duda"], ["kb:zelensky"])
            .Build();

        Assert.Equal(2, GoldScorer.Score(gold, output).EventsMatched);
    }

    // AID matched, but asserted where the gold says hypothetical: modality agrees on 0 of 1 matched events.
    [Theory]
    [InlineData("asserted", 0)]
    [InlineData("hypothetical", 1)]
    public void Modality_is_reported_on_matched_events(string modality, int agreed)
    {
        AnalysisRecord output = OutputBuilder.VisitWithEntities().Event("AID", ["kb:poland"], ["kb:ukraine"], modality).Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((1, agreed), (score.EventsMatched, score.ModalitiesAgreed));
        Assert.Equal(agreed, score.ModalityAgreement);
    }

    // Only Duda's entity: "Duda" and "Prezydent Polski" found (twice "Duda" counts once); 2 of 8.
    [Theory]
    [InlineData(2, 8)]
    public void Mentions_count_once_per_entity(int found, int total)
    {
        AnalysisRecord output = new OutputBuilder(OutputBuilder.VisitText)
            .Entity("kb:duda", "PER", "Andrzej Duda", "POL", mentions: ["Duda", "Duda", "Prezydent Polski"])
            .Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((found, total), (score.MentionsFound, score.GoldMentions));
        Assert.Equal(0.25, score.MentionRecall);
    }

    // A mention on an entity aligned with another gold entity does not count: "Polski" put on Duda is not Poland's.
    [Theory]
    [InlineData("Polski")]
    public void A_mention_counts_only_on_its_own_entity(string mention)
    {
        AnalysisRecord output = new OutputBuilder(OutputBuilder.VisitText)
            .Entity("kb:duda", "PER", "Andrzej Duda", "POL", mentions: [mention])
            .Build();

        Assert.Equal(0, GoldScorer.Score(_visit, output).MentionsFound);
    }

    // Output entities named without diacritics and in another case, by a Wikidata id only, or by no known name at all.
    [Theory]
    [InlineData("WOLODYMYR ZELENSKI", null, "Zełenskim")]
    [InlineData("A. Duda", "Q11806", "Duda")]
    [InlineData("Prezydent RP", null, "Duda")]
    public void Entities_align_by_name_wikidata_or_the_mentions_they_claim(string name, string? wikidata, string mention)
    {
        AnalysisRecord output = new OutputBuilder(OutputBuilder.VisitText)
            .Entity("new:x", "PER", name, null, mentions: [mention], wikidata: wikidata)
            .Build();

        Assert.Equal(1, GoldScorer.Score(_visit, output).MentionsFound);
    }

    // The Polish base form in "names" aligns as well as the English name.
    [Theory]
    [InlineData("pl", "Wołodymyr Zełenski")]
    public void Names_by_language_align_too(string language, string name)
    {
        AnalysisRecord output = new OutputBuilder(OutputBuilder.VisitText)
            .Entity("new:x", "PER", "Zelenskyy", null, mentions: ["Zełenskim"], names: new() { [language] = name })
            .Build();

        Assert.Equal(1, GoldScorer.Score(_visit, output).MentionsFound);
    }

    // No-break spaces in the output text, title, caption, mention and quote: all compare equal to the plain-space gold.
    [Theory]
    [InlineData('\u00a0')]
    [InlineData('\u2009')]
    public void No_break_and_other_spaces_compare_as_plain_spaces(char space)
    {
        string text = OutputBuilder.VisitText.Replace(' ', space);
        string Spaced(string part) => part.Replace(' ', space);
        AnalysisRecord output = new OutputBuilder(text)
            .Title(Spaced("Duda w Kijowie"))
            .Credited("PAP")
            .Caption(Spaced("Andrzej Duda w Kijowie Fot. PAP"))
            .Entity("kb:duda", "PER", Spaced("Andrzej Duda"), "POL", mentions: ["Duda", Spaced("Prezydent Polski")])
            .Quote(Spaced("Będziemy wspierać Ukrainę"), "kb:duda")
            .Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((1, 1, 2, 1), (score.TitlesCorrect, score.CaptionsFound, score.MentionsFound, score.QuotesMatched));
    }

    // Junk left in the text, no caption region, a wrong title and no credited source: each check fails on its own.
    [Theory]
    [InlineData("Czytaj też: inne wiadomości")]
    public void Junk_title_source_and_captions_are_checked(string junk)
    {
        AnalysisRecord output = new OutputBuilder(OutputBuilder.VisitText + "\n\n" + junk).Title("Duda").Credited(null).Build();

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal((0, 1), (score.JunkAbsent, score.JunkChecked));
        Assert.Equal((0, 1), (score.CaptionsFound, score.CaptionsChecked));
        Assert.Equal((0, 1), (score.TitlesCorrect, score.TitlesChecked));
        Assert.Equal((0, 1), (score.CreditedSourcesCorrect, score.CreditedSourcesChecked));
        Assert.Contains(score.Misses, miss => miss.Contains("junk \"Czytaj też\"", StringComparison.Ordinal));
    }

    // Junk is found across a no-break space too.
    [Theory]
    [InlineData("Czytaj\u00a0też")]
    public void Junk_is_found_after_white_space_normalisation(string junk)
    {
        AnalysisRecord output = new OutputBuilder(OutputBuilder.VisitText + "\n\n" + junk).Build();

        Assert.Equal(0, GoldScorer.Score(_visit, output).JunkAbsent);
    }

    // A rejected record has nothing: every layer scores 0 against the gold, precision has nothing to count.
    [Theory]
    [InlineData("binary")]
    public void A_rejected_output_scores_zero_recall(string reason)
    {
        AnalysisRecord output = new OutputBuilder(string.Empty).Build() with { Rejection = new RejectionRecord { Stage = "read", Reason = reason, Detail = "x" } };

        GoldScore score = GoldScorer.Score(_visit, output);

        Assert.Equal(0.0, score.MentionRecall);
        Assert.Equal(0.0, score.EventRecall);
        Assert.True(double.IsNaN(score.EventPrecision));
        Assert.True(double.IsNaN(score.QuotePrecision));
        Assert.Equal(1, score.JunkAbsent);
    }
}

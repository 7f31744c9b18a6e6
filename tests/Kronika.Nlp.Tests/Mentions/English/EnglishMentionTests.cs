using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Mentions.English;

namespace Kronika.Nlp.Tests.Mentions.English;

/// <summary>English mentions: the knowledge base's names, seats acting for states, new names by cue words, surnames.</summary>
public sealed class EnglishMentionTests
{
    [Theory]
    [InlineData("Senior Hungarian and Romanian officials met on Wednesday.", "Hungarian", "kb:country/HUN", MentionVia.Demonym)]
    [InlineData("The Romanians protested on Sunday.", "Romanians", "kb:country/ROU", MentionVia.Demonym)]
    [InlineData("Brazil signed the deal.", "Brazil", "kb:country/BRA", MentionVia.Name)]
    [InlineData("Officials of the United Nations arrived.", "United Nations", "kb:org/un", MentionVia.Name)]
    [InlineData("Vladimir Putin spoke on Friday.", "Vladimir Putin", "kb:person/putin-vladimir", MentionVia.Name)]
    public void Names_of_the_knowledge_base_are_found(string text, string mention, string key, MentionVia via)
    {
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == mention);
        Assert.Equal(key, document.Entities[found.Entity].Key);
        Assert.Equal(via, found.Via);
    }

    [Theory]
    [InlineData("The Kremlin rejected the offer.", "Kremlin", "RUS")]
    [InlineData("The White House said nothing.", "White House", "USA")]
    [InlineData("Washington imposed new duties.", "Washington", "USA")]
    public void Seats_and_capitals_act_for_their_state(string text, string mention, string country)
    {
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == mention);
        Assert.Equal(MentionVia.Metonymy, found.Via);
        Assert.Equal("kb:country/" + country, document.Entities[found.ActsFor!.Value].Key);
    }

    [Fact]
    public void A_capital_after_a_locative_preposition_names_the_place()
    {
        const string text = "The ministers met in Washington on Monday.";
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == "Washington");
        Assert.Null(found.ActsFor);
    }

    [Theory]
    [InlineData("President Arnold Vale of Arnor spoke.", "Arnold Vale", EntityType.Per)]
    [InlineData("Mr Tor Balin spoke.", "Tor Balin", EntityType.Per)]
    [InlineData("The Gondor Liberation Front attacked.", "Gondor Liberation Front", EntityType.Org)]
    [InlineData("The Ministry of Rivers of Arnor spoke.", "Ministry of Rivers of Arnor", EntityType.Org)]
    public void Names_the_base_lacks_become_entities_typed_by_cue_words(string text, string mention, EntityType type)
    {
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == mention);
        Assert.Equal(type, found.Type);
        Assert.StartsWith("new:", document.Entities[found.Entity].Key, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_after_a_state_adjective_belongs_to_that_state()
    {
        const string text = "The Iraqi Foreign Ministry issued a statement.";
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == "Iraqi Foreign Ministry");
        Assert.Equal("IRQ", document.Entities[found.Entity].Country);
    }

    [Fact]
    public void A_surname_alone_joins_the_full_name_seen_earlier()
    {
        const string text = "President Arnold Vale arrived on Monday. Vale left on Tuesday.";
        Document document = Run(text);
        Mention full = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == "Arnold Vale");
        Mention surname = Assert.Single(document.Mentions, candidate => candidate.Span.ToString(text) == "Vale");
        Assert.Equal(full.Entity, surname.Entity);
        Assert.Equal(MentionVia.Coreference, surname.Via);
    }

    [Theory]
    [InlineData("Police arrested three men on Monday.")]
    [InlineData("Parliament met in January.")]
    public void Common_words_at_a_sentence_start_are_not_names(string text)
    {
        Assert.Empty(Run(text).Mentions);
    }

    [Theory]
    [InlineData("Romanian", "Romanians")]
    [InlineData("Briton", "Britons")]
    [InlineData("Chinese", null)]
    [InlineData("Swiss", null)]
    public void Demonyms_have_English_plurals(string singular, string? plural)
    {
        Assert.Equal(plural, EnglishGazetteer.Plural(singular));
    }

    private static Document Run(string text)
    {
        Document document = TestDocuments.Pipeline.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);
        Assert.Equal("en", document.Language);
        Assert.Empty(DocumentInvariants.Check(document));
        return document;
    }
}

using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;
using Kronika.Nlp.Mentions;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.Polish;
using Kronika.Nlp.Tests.Morphology.Polish;

namespace Kronika.Nlp.Tests.Mentions;

/// <summary>Linking with the knowledge base: role phrases, demonyms, places acting for their government, surnames.</summary>
public sealed class MentionLinkingTests
{
    private static readonly Lazy<MentionStage> _stage = new(() =>
    {
        PolishAnalyzer analyzer = PolishMorphology.Analyzer();
        return new MentionStage(new NerTagger(NerModel.LoadPolishMentions(), new NerFeatures(analyzer)), new NameBaseForms(analyzer), KnowledgeBase.LoadDefault());
    });

    private static Document Analyse(string text, string? published = null)
    {
        Document document = TestDocuments.Split(TestDocuments.Tokenize(text, "pl"));
        document = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = PolishMorphology.Analyzer() }).Run(document, CancellationToken.None);
        if (published is not null)
        {
            document = document with { Metadata = document.Metadata with { Published = published } };
        }

        Document result = _stage.Value.Run(document, CancellationToken.None);
        Assert.Empty(DocumentInvariants.Check(result));
        return result;
    }

    private static Mention At(Document document, string text) => document.Mentions.Single(mention => mention.Span.ToString(document.Text) == text);

    [Fact]
    public void Role_phrases_link_to_the_person_the_document_names_with_that_office()
    {
        Document document = Analyse("Wczoraj Władimir Putin przyjął gości z Afryki. Prezydent Rosji zapowiedział nowe umowy, a rosyjski przywódca dodał, że to dopiero początek.");

        Mention putin = At(document, "Władimir Putin");
        Mention role = At(document, "Prezydent Rosji");
        Assert.Equal(MentionVia.Role, role.Via);
        Assert.Equal(putin.Entity, role.Entity);
        Assert.Equal("prezydent Rosji", role.Base);
        Assert.Equal(putin.Entity, At(document, "rosyjski przywódca").Entity);
        Assert.Equal("RUS", document.Entities[putin.Entity].Country);
        Assert.Equal("Vladimir Putin", document.Entities[putin.Entity].EnglishName);
        // The state named inside the phrase stays a mention of the state.
        Assert.Equal("kb:country/RUS", document.Entities[At(document, "Rosji").Entity].Key);
    }

    [Fact]
    public void A_role_phrase_takes_the_holder_on_the_article_date_and_no_one_without_a_date()
    {
        const string text = "Premier Wielkiej Brytanii odwiedziła w piątek Warszawę.";

        Document dated = Analyse(text, "2018-06-01");
        Document undated = Analyse(text);

        Assert.Equal("kb:person/may-theresa", dated.Entities[At(dated, "Premier Wielkiej Brytanii").Entity].Key);
        Entity office = undated.Entities[At(undated, "Premier Wielkiej Brytanii").Entity];
        Assert.Equal("new:office:head_of_government:gbr", office.Key);
        Assert.Equal("GBR", office.Country);
    }

    [Fact]
    public void A_former_holder_is_not_the_holder()
    {
        Document document = Analyse("Borys Jelcyn nie żyje. Były prezydent Rosji zmarł w Moskwie.", "2007-04-23");

        Assert.DoesNotContain(document.Mentions, mention => mention.Via == MentionVia.Role);
    }

    [Fact]
    public void Demonyms_are_person_mentions_of_their_state()
    {
        Document document = Analyse("Brytyjczycy głosowali w referendum. Wielka Brytania opuści Unię, a wielu Brytyjczyków tego żałuje.");

        Mention plural = At(document, "Brytyjczycy");
        Assert.Equal(MentionVia.Demonym, plural.Via);
        Assert.Equal(EntityType.Per, plural.Type);
        Assert.Equal("kb:country/GBR", document.Entities[plural.Entity].Key);
        Mention genitive = At(document, "Brytyjczyków");
        Assert.Equal(plural.Entity, genitive.Entity);
        Assert.Equal("Brytyjczycy", genitive.Base);
        Assert.Equal(plural.Entity, At(document, "Wielka Brytania").Entity);
    }

    [Fact]
    public void Capitals_and_seats_act_for_their_government_unless_they_are_where_something_happens()
    {
        Document document = Analyse("Kreml ostrzegł Waszyngton przed sankcjami. Delegacja przyleciała potem do Moskwy.");

        Mention kremlin = At(document, "Kreml");
        Assert.Equal(MentionVia.Metonymy, kremlin.Via);
        Assert.Equal("kb:seat/kremlin", document.Entities[kremlin.Entity].Key);
        Assert.Equal("kb:country/RUS", document.Entities[kremlin.ActsFor!.Value].Key);
        Mention washington = At(document, "Waszyngton");
        Assert.Equal("kb:country/USA", document.Entities[washington.ActsFor!.Value].Key);
        Mention moscow = At(document, "Moskwy");
        Assert.Null(moscow.ActsFor);
        Assert.Equal(MentionVia.Name, moscow.Via);
    }

    [Fact]
    public void A_surname_alone_joins_the_full_name_by_coreference()
    {
        Document document = Analyse("Na szczycie był Emmanuel Macron. Później Macron spotkał się z dziennikarzami.");

        Mention full = At(document, "Emmanuel Macron");
        Mention surname = At(document, "Macron");
        Assert.Equal(full.Entity, surname.Entity);
        Assert.Equal(MentionVia.Coreference, surname.Via);
        Assert.Equal("FRA", document.Entities[full.Entity].Country);
    }

    [Fact]
    public void The_role_lexicon_refuses_a_malformed_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => RoleLexicon.Load("prezydent\n", "roles.test.tsv"));
        Assert.Contains("roles.test.tsv", error.Message, StringComparison.Ordinal);
    }
}

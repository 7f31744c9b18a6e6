using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Mentions.Agents;

namespace Kronika.Nlp.Tests.Mentions.Agents;

/// <summary>Unnamed actors ("policja", "brytyjski rząd", "Hungarian officials") as mentions and entities, through the real pipeline.</summary>
public sealed class AgentFinderTests
{
    [Theory]
    [InlineData("Wczoraj policja zatrzymała dwóch mężczyzn pod Radomiem.", "policja", "new:agent/policja")]
    [InlineData("W sobotę demonstranci zablokowali drogę do portu.", "demonstranci", "new:agent/demonstrant")]
    public void An_agent_without_a_state_becomes_an_entity_of_its_own(string text, string phrase, string key)
    {
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, mention => mention.Span.ToString(text) == phrase);
        Assert.Equal(MentionVia.Role, found.Via);
        Assert.Null(found.ActsFor);
        Entity entity = document.Entities[found.Entity];
        Assert.Equal(key, entity.Key);
        Assert.Null(entity.Country);
    }

    [Theory]
    [InlineData("Brytyjski rząd zapowiedział nowe cła na stal.", "Brytyjski rząd", "new:agent/rząd/GBR", "GBR")]
    [InlineData("Minister spotkał się wczoraj z przedstawicielami rządu Wielkiej Brytanii.", "rządu Wielkiej Brytanii", "new:agent/rząd/GBR", "GBR")]
    public void A_state_agent_with_a_country_acts_for_the_state(string text, string phrase, string key, string country)
    {
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, mention => mention.Span.ToString(text) == phrase);
        Entity entity = document.Entities[found.Entity];
        Assert.Equal(key, entity.Key);
        Assert.Equal(country, entity.Country);
        Assert.Equal("kb:country/" + country, document.Entities[found.ActsFor!.Value].Key);
    }

    [Fact]
    public void The_phrase_keeps_its_base_form_and_one_entity_serves_its_mentions()
    {
        const string text = "Brytyjskiego rządu nie było na szczycie. Brytyjski rząd wydał potem oświadczenie.";
        Document document = Run(text);
        Mention[] agents = [.. document.Mentions.Where(static mention => mention.Via == MentionVia.Role && mention.Base.Contains("rząd", StringComparison.Ordinal))];
        Assert.Equal(2, agents.Length);
        Assert.Equal(agents[0].Entity, agents[1].Entity);
        Assert.Equal("brytyjski rząd", document.Entities[agents[0].Entity].Name);
    }

    [Fact]
    public void A_genitive_organisation_owns_its_workers_without_acting_for_a_state()
    {
        const string text = "Piloci Ryanaira ogłosili strajk na przyszły tydzień.";
        Document document = Run(text);
        Mention found = Assert.Single(document.Mentions, mention => mention.Via == MentionVia.Role);
        Assert.Equal("Piloci Ryanaira", found.Span.ToString(text));
        Assert.StartsWith("new:agent/pilot/", document.Entities[found.Entity].Key, StringComparison.Ordinal);
        Assert.Null(found.ActsFor);
        Assert.Contains(document.Mentions, mention => mention.Via != MentionVia.Role && mention.Span.ToString(text) == "Ryanaira");
    }

    [Theory]
    [InlineData("Władimir Putin spotkał się z Aleksandrem Łukaszenką w Mińsku.")]
    [InlineData("Vladimir Putin met Alexander Lukashenko in Minsk.")]
    [InlineData("Sąd Najwyższy Stanów Zjednoczonych orzekł wczoraj w sprawie ceł.")]
    public void Agents_never_overlap_a_name_partly(string text)
    {
        Document document = Run(text);
        foreach (Mention agent in document.Mentions.Where(static mention => mention.Via == MentionVia.Role && mention.Type == EntityType.Org))
        {
            Assert.All(document.Mentions.Where(other => other != agent), other =>
                Assert.True(!other.Span.Overlaps(agent.Span) || agent.Span.Contains(other.Span), $"{agent.Span.ToString(text)} cuts {other.Span.ToString(text)}"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("rząd rząd rząd policja policja")]
    [InlineData("of of the police of the of")]
    [InlineData("Policja\n\nrządu\u00a0Polski … 💥 sąd")]
    [InlineData("The government of")]
    public void Hostile_input_keeps_the_document_valid(string text)
    {
        Document document = Run(text);
        Assert.All(document.Mentions, static mention => Assert.False(mention.Span.IsEmpty));
    }

    [Fact]
    public void The_data_files_reject_malformed_lines()
    {
        Assert.Throws<InvalidDataException>(() => AgentLexicon.Parse("rząd\n", "test.tsv"));
        Assert.Throws<InvalidDataException>(() => AgentLexicon.Parse("rząd\tgovernment\nrząd\tgovernment\n", "test.tsv"));
        Assert.Equal("government", AgentLexicon.Parse("Rząd\tgovernment\n", "test.tsv").Find("RZĄD")?.Sector);
    }

    private static Document Run(string text)
    {
        Document document = TestDocuments.Pipeline.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);
        Assert.Empty(DocumentInvariants.Check(document));
        return document;
    }
}

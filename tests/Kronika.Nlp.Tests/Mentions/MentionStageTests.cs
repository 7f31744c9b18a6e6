using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Mentions;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.Polish;
using Kronika.Nlp.Tests.Morphology.Polish;

namespace Kronika.Nlp.Tests.Mentions;

public sealed class MentionStageTests
{
    private static readonly Lazy<MentionStage> _stage = new(() =>
    {
        PolishAnalyzer analyzer = PolishMorphology.Analyzer();
        return new MentionStage(new NerTagger(NerModel.LoadPolishMentions(), new NerFeatures(analyzer)), new NameBaseForms(analyzer));
    });

    private static Document Analyse(string text)
    {
        Document document = TestDocuments.Split(TestDocuments.Tokenize(text, "pl"));
        document = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = PolishMorphology.Analyzer() }).Run(document, CancellationToken.None);
        Document result = _stage.Value.Run(document, CancellationToken.None);
        Assert.Empty(DocumentInvariants.Check(result));
        return result;
    }

    [Fact]
    public void Names_get_their_base_forms_and_one_entity_per_person()
    {
        Document document = Analyse("Władimir Putin spotkał się w Mińsku z Aleksandrem Łukaszenką. Putin podziękował Łukaszence za gościnę.");

        string[] found = [.. document.Mentions.Select(mention => $"{mention.Span.ToString(document.Text)}|{mention.Type}|{mention.Base}")];
        Assert.Contains("Władimir Putin|Per|Władimir Putin", found);
        Assert.Contains("Mińsku|Loc|Mińsk", found);
        Assert.Contains("Aleksandrem Łukaszenką|Per|Aleksander Łukaszenka", found);
        Mention putin = document.Mentions.Single(mention => mention.Span.ToString(document.Text) == "Putin");
        Mention fullPutin = document.Mentions.Single(mention => mention.Span.ToString(document.Text) == "Władimir Putin");
        Assert.Equal(fullPutin.Entity, putin.Entity);
        Mention lukashenko = document.Mentions.Single(mention => mention.Span.ToString(document.Text) == "Łukaszence");
        Assert.Equal("Łukaszenka", lukashenko.Base);
        Assert.Equal(document.Mentions.Single(mention => mention.Base == "Aleksander Łukaszenka").Entity, lukashenko.Entity);
        Assert.Equal("new:per:aleksander-łukaszenka", document.Entities[lukashenko.Entity].Key);
    }

    [Fact]
    public void Names_in_the_knowledge_base_get_its_keys_and_one_entity_for_its_several_names()
    {
        PolishAnalyzer analyzer = PolishMorphology.Analyzer();
        var stage = new MentionStage(new NerTagger(NerModel.LoadPolishMentions(), new NerFeatures(analyzer)), new NameBaseForms(analyzer), Knowledge.KnowledgeBase.LoadDefault());
        Document document = TestDocuments.Split(TestDocuments.Tokenize(
            "Władimir Putin przyleciał do Mińska. Rosja i Białoruś podpisały umowę. Prezydent Federacji Rosyjskiej wrócił potem do Moskwy.", "pl"));
        document = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = analyzer }).Run(document, CancellationToken.None);

        Document result = stage.Run(document, CancellationToken.None);

        Assert.Empty(DocumentInvariants.Check(result));
        Entity Named(string text) => result.Entities[result.Mentions.Single(mention => mention.Span.ToString(result.Text) == text).Entity];
        Assert.Equal("kb:person/putin-vladimir", Named("Władimir Putin").Key);
        Assert.Equal(EntityType.Gpe, Named("Mińska").Type);
        Assert.StartsWith("kb:", Named("Moskwy").Key, StringComparison.Ordinal);
        Assert.Same(Named("Rosja"), Named("Federacji Rosyjskiej"));
        Assert.Equal("Rosja", Named("Federacji Rosyjskiej").Name);
    }

    [Fact]
    public void Other_languages_pass_through_with_no_mentions()
    {
        // English has its own branch (Mentions/English); a language with none passes through.
        Document document = TestDocuments.Split(TestDocuments.Tokenize("Wladimir Putin traf Alexander Lukaschenko in Minsk.", "de"));

        Document result = _stage.Value.Run(document, CancellationToken.None);

        Assert.Empty(result.Mentions);
        Assert.Empty(result.Entities);
    }

    [Theory]
    [InlineData("B-PER I-PER O B-LOC", "0-2 PER;3-4 LOC")]
    [InlineData("I-ORG I-ORG O", "0-2 ORG")]
    [InlineData("B-PER I-LOC", "0-1 PER;1-2 LOC")]
    [InlineData("B-PER B-PER O", "0-1 PER;1-2 PER")]
    [InlineData("O O", "")]
    public void Bio_labels_become_mentions(string labels, string expected)
    {
        var spans = MentionStage.Spans(labels.Split(' ')).Select(span => $"{span.First}-{span.End} {span.Type}");

        Assert.Equal(expected, string.Join(';', spans));
    }

    [Fact]
    public void Character_spans_become_bio_labels_of_the_tokens()
    {
        const string text = "Premier Wielkiej Brytanii spotkał się z Farage'em.";
        Document document = TestDocuments.Split(TestDocuments.Tokenize(text, "pl"));
        int britain = text.IndexOf("Wielkiej", StringComparison.Ordinal);
        int farage = text.IndexOf("Farage", StringComparison.Ordinal);

        var sentences = SpanLabels.Sentences(document, [(britain, britain + "Wielkiej Brytanii".Length, "LOC"), (farage, farage + "Farage'em".Length, "PER")]);

        (IReadOnlyList<string> words, IReadOnlyList<string> labels) = Assert.Single(sentences);
        string[] tagged = [.. words.Zip(labels, (word, label) => $"{word}/{label}")];
        Assert.Equal("Premier/O", tagged[0]);
        Assert.Equal("Wielkiej/B-LOC", tagged[1]);
        Assert.Equal("Brytanii/I-LOC", tagged[2]);
        Assert.Single(tagged, item => item.StartsWith("Farage", StringComparison.Ordinal) && item.EndsWith("/B-PER", StringComparison.Ordinal));
        Assert.Equal("./O", tagged[^1]);
    }
}

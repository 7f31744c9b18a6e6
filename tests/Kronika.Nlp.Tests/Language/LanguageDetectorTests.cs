using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Language;

namespace Kronika.Nlp.Tests.Language;

public sealed class LanguageDetectorTests
{
    private static readonly IStage _detector = TestDocuments.Pipeline.Stages[0];

    [Theory]
    [InlineData("Prezydent Białorusi zaproponował współpracę trzech państw podczas spotkania w Soczi. Rozmowy trwały kilka godzin.", "pl")]
    [InlineData("The president of Belarus proposed a cooperation of three states at a meeting in Sochi. The talks lasted several hours.", "en")]
    public void Identifies_polish_and_english(string text, string code)
    {
        Document document = _detector.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);

        Assert.Null(document.Rejection);
        Assert.Equal(code, document.Language);
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Der Präsident von Belarus schlug bei einem Treffen in Sotschi eine Zusammenarbeit dreier Staaten vor. Die Gespräche dauerten mehrere Stunden.", "de", "German (de)")]
    [InlineData("Президент Беларуси предложил сотрудничество трёх государств на встрече в Сочи. Переговоры длились несколько часов.", "ru", "Russian (ru)")]
    [InlineData("Президент Білорусі запропонував співпрацю трьох держав під час зустрічі в Сочі. Переговори тривали кілька годин.", "uk", "Ukrainian (uk)")]
    public void Refuses_other_languages_as_unsupported_but_keeps_their_code(string text, string code, string named)
    {
        Document document = _detector.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);

        Assert.Equal(code, document.Language);
        Rejection rejection = Assert.IsType<Rejection>(document.Rejection);
        Assert.Equal("language", rejection.Stage);
        Assert.Equal(RejectionReason.UnsupportedLanguage, rejection.Reason);
        Assert.Contains(named, rejection.Detail, StringComparison.Ordinal);
        Assert.Contains("Polish (pl) and English (en)", rejection.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345 67 890 — 2023-09-15", "no letters")]
    [InlineData("😀 😀 !!! ???", "no letters")]
    [InlineData("", "no letters")]
    [InlineData("ab 12", "too short")]
    public void Refuses_text_without_enough_letters_with_a_clear_detail(string text, string detail)
    {
        Document document = _detector.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);

        Assert.Null(document.Language);
        Rejection rejection = Assert.IsType<Rejection>(document.Rejection);
        Assert.Equal(RejectionReason.UnsupportedLanguage, rejection.Reason);
        Assert.Contains(detail, rejection.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Der Präsident sprach lange mit seinen Beratern über die Lage im Land.", "Prezydent długo rozmawiał ze swoimi doradcami o sytuacji w kraju i jej skutkach.")]
    public void Reads_paragraphs_before_the_title(string title, string paragraph)
    {
        string text = title + "\n\n" + paragraph;
        Document document = TestDocuments.WithBlocks(text, "xx") with { Language = null };

        Document detected = _detector.Run(document, TestContext.Current.CancellationToken);

        Assert.Equal("pl", detected.Language);
    }

    [Theory]
    [InlineData("pl\tPolish\nen\tEnglish\n", 2)]
    public void Reads_the_candidate_list(string content, int count)
    {
        Assert.Equal(count, CandidateLanguages.Parse(content, "c.tsv").Count);
        Assert.Contains(CandidateLanguages.Load(), candidate => candidate.Code == "de");
    }

    [Theory]
    [InlineData("pl\tPolski\n", "c.tsv:1")]
    [InlineData("pol\tPolish\n", "c.tsv:1")]
    [InlineData("pl\tPolish\npl\tPolish\n", "c.tsv:2")]
    [InlineData("pl\t3\n", "c.tsv:1")]
    public void Fails_loudly_on_a_bad_candidate_line(string content, string where)
    {
        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => CandidateLanguages.Parse(content, "c.tsv"));

        Assert.StartsWith(where, exception.Message, StringComparison.Ordinal);
    }
}

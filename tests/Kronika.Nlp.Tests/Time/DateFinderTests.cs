using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Tests.Morphology.Polish;
using Kronika.Nlp.Time;

namespace Kronika.Nlp.Tests.Time;

/// <summary>One case per kind of date expression, in both languages, on sentences written for these tests. Each row: the
/// sentence, the publication date (null: none), then the dates found as "value|precision|text|anchor" joined by "#"
/// (value and anchor empty when null); past direction.</summary>
public sealed class DateFinderTests
{
    internal static Document Parse(string text, string language, string? published)
    {
        Document document = TestDocuments.Split(TestDocuments.Of(text, language)) with { Metadata = ArticleMetadata.None with { Published = published } };
        if (language == "pl")
        {
            var stage = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = PolishMorphology.Analyzer() });
            document = stage.Run(document, TestContext.Current.CancellationToken);
        }

        Assert.Empty(DocumentInvariants.Check(document));
        return document;
    }

    internal static string[] Dates(Document document, bool future = false)
    {
        DateOnly? published = DateResolver.PublishedOf(document);
        var dates = new List<string>();
        for (int sentence = 0; sentence < document.Sentences.Length; sentence++)
        {
            foreach (DateExpression expression in DateFinder.Default.Find(document, sentence))
            {
                EventDate? date = DateResolver.Resolve(expression, published, future);
                dates.Add(date is null ? "none" : $"{date.Value}|{date.Precision}|{date.Text.ToString(document.Text)}|{date.Anchor}");
            }
        }

        return [.. dates];
    }

    private static string[] Dates(string text, string language, string? published, bool future = false) => Dates(Parse(text, language, published), future);

    private static string[] Expected(string expected) => expected.Length == 0 ? [] : expected.Split('#');

    [Theory]
    // Whole dates.
    [InlineData("Umowę podpisano 15 września 2023 w Warszawie.", "2024-01-10", "2023-09-15|Day|15 września 2023|Absolute")]
    [InlineData("Porozumienie zawarto 3 maja 2021 r. w Sejmie.", "2024-01-10", "2021-05-03|Day|3 maja 2021 r.|Absolute")]
    [InlineData("Spotkanie odbyło się 15.09.2023 r. w stolicy.", null, "2023-09-15|Day|15.09.2023 r.|Absolute")]
    [InlineData("Dane opublikowano 2023-09-15 na stronie ministerstwa.", null, "2023-09-15|Day|2023-09-15|Absolute")]
    [InlineData("Wojna wybuchła 1 IX 1939 roku.", null, "1939-09-01|Day|1 IX 1939 roku|Absolute")]
    // A day of a month: the year from publication, the year before when that would put it weeks after publication.
    [InlineData("Delegacja przyleciała do Rygi 15 września.", "2023-10-02", "2023-09-15|Day|15 września|PublicationDate")]
    [InlineData("Szczyt zakończył się 28 grudnia.", "2024-01-03", "2023-12-28|Day|28 grudnia|PublicationDate")]
    [InlineData("Szczyt rozpoczął się 2 stycznia.", "2024-01-03", "2024-01-02|Day|2 stycznia|PublicationDate")]
    [InlineData("Ustawę uchwalono 15 marca br. po długiej debacie.", "2023-09-14", "2023-03-15|Day|15 marca br.|PublicationDate")]
    [InlineData("Obrady trwały 14-15 października w Brukseli.", "2023-11-02", "2023-10-14|Day|14-15 października|PublicationDate")]
    // Months.
    [InlineData("Ustawa weszła w życie we wrześniu.", "2023-10-02", "2023-09|Month|we wrześniu|PublicationDate")]
    [InlineData("Wybory odbyły się w marcu 2019 roku.", null, "2019-03|Month|w marcu 2019 roku|Absolute")]
    [InlineData("Rozmowy zerwano w marcu ubiegłego roku.", "2023-09-14", "2022-03|Month|w marcu ubiegłego roku|PublicationDate")]
    [InlineData("Kryzys nasilił się pod koniec listopada.", "2024-01-03", "2023-11|Month|listopada|PublicationDate")]
    // Years.
    [InlineData("Kryzys zaczął się w 2022 roku.", null, "2022|Year|w 2022 roku|Absolute")]
    [InlineData("Od 2014 r. trwa konflikt.", null, "2014|Year|2014 r.|Absolute")]
    [InlineData("W tym roku inflacja spadła.", "2023-09-14", "2023|Year|W tym roku|PublicationDate")]
    [InlineData("Rok temu rząd podniósł podatki.", "2023-09-14", "2022|Year|Rok temu|PublicationDate")]
    // Days relative to publication (14 September 2023 is a Thursday).
    [InlineData("Premier wrócił wczoraj do kraju.", "2023-09-14", "2023-09-13|Day|wczoraj|PublicationDate")]
    [InlineData("Dziś rano doszło do wypadku.", "2023-09-14", "2023-09-14|Day|Dziś|PublicationDate")]
    [InlineData("Sejm zebrał się dzisiaj po południu.", "2023-09-14", "2023-09-14|Day|dzisiaj|PublicationDate")]
    [InlineData("Przedwczoraj policja zatrzymała dwie osoby.", "2023-09-14", "2023-09-12|Day|Przedwczoraj|PublicationDate")]
    [InlineData("Minister poleci jutro do Berlina.", "2023-09-14", "2023-09-15|Day|jutro|PublicationDate")]
    [InlineData("Prezydent spotkał się w środę z ministrem.", "2023-09-14", "2023-09-13|Day|w środę|PublicationDate")]
    [InlineData("We wtorek senatorowie odrzucili poprawki.", "2023-09-14", "2023-09-12|Day|We wtorek|PublicationDate")]
    [InlineData("W ubiegły piątek rząd przyjął projekt.", "2023-09-14", "2023-09-08|Day|W ubiegły piątek|PublicationDate")]
    [InlineData("Ubiegłej niedzieli odbyło się referendum.", "2023-09-14", "2023-09-10|Day|Ubiegłej niedzieli|PublicationDate")]
    [InlineData("W czwartek rząd zebrał się dwa razy.", "2023-09-14", "2023-09-14|Day|W czwartek|PublicationDate")]
    [InlineData("Przed tygodniem doszło do awarii.", "2023-09-14", "2023-09-07|Day|Przed tygodniem|PublicationDate")]
    [InlineData("Trzy dni temu spłonął magazyn.", "2023-09-14", "2023-09-11|Day|Trzy dni temu|PublicationDate")]
    [InlineData("Przed dwoma tygodniami spłonął magazyn.", "2023-09-14", "2023-08-31|Day|Przed dwoma tygodniami|PublicationDate")]
    // Weeks and months relative to publication: a week is the month of its Thursday.
    [InlineData("W zeszłym tygodniu parlament głosował nad ustawą.", "2023-09-14", "2023-09|Month|W zeszłym tygodniu|PublicationDate")]
    [InlineData("W ubiegłym tygodniu parlament głosował nad ustawą.", "2023-10-03", "2023-09|Month|W ubiegłym tygodniu|PublicationDate")]
    [InlineData("W przyszłym miesiącu minister odwiedzi Kijów.", "2023-09-14", "2023-10|Month|W przyszłym miesiącu|PublicationDate")]
    [InlineData("Za miesiąc ruszy budowa.", "2023-12-14", "2024-01|Month|Za miesiąc|PublicationDate")]
    // Not dates: a plural unit after a modifier, a bare number, a month name alone.
    [InlineData("W ostatnich latach gospodarka rosła.", "2023-09-14", "")]
    [InlineData("W 2000 miejscowości zabrakło wody.", "2023-09-14", "")]
    [InlineData("Za rok 2022 firma wykazała stratę.", "2023-09-14", "")]
    public void Polish_date_expressions(string text, string? published, string expected) => Assert.Equal(Expected(expected), Dates(text, "pl", published));

    [Theory]
    [InlineData("The treaty was signed on September 15, 2023 in Geneva.", null, "2023-09-15|Day|on September 15, 2023|Absolute")]
    [InlineData("Talks resumed on 15 Sept. 2023 after a pause.", null, "2023-09-15|Day|on 15 Sept. 2023|Absolute")]
    [InlineData("The minister arrived on Sept. 15 with an offer.", "2023-10-01", "2023-09-15|Day|on Sept. 15|PublicationDate")]
    [InlineData("The ceasefire began on the 28th of December.", "2024-01-03", "2023-12-28|Day|28th of December|PublicationDate")]
    [InlineData("The figures were released on 2023-09-15 by the agency.", null, "2023-09-15|Day|on 2023-09-15|Absolute")]
    [InlineData("Elections were held in March.", "2023-09-14", "2023-03|Month|in March|PublicationDate")]
    [InlineData("Protests began in March 2019 and spread.", null, "2019-03|Month|in March 2019|Absolute")]
    [InlineData("The strike ended last March.", "2023-09-14", "2023-03|Month|last March|PublicationDate")]
    [InlineData("The company collapsed in 2022.", null, "2022|Year|in 2022|Absolute")]
    [InlineData("The president spoke yesterday in Warsaw.", "2023-09-14", "2023-09-13|Day|yesterday|PublicationDate")]
    [InlineData("The cabinet meets today.", "2023-09-14", "2023-09-14|Day|today|PublicationDate")]
    [InlineData("The envoy travels tomorrow.", "2023-09-14", "2023-09-15|Day|tomorrow|PublicationDate")]
    [InlineData("The leaders met on Wednesday.", "2023-09-14", "2023-09-13|Day|on Wednesday|PublicationDate")]
    [InlineData("Rebels attacked the town last Friday.", "2023-09-14", "2023-09-08|Day|last Friday|PublicationDate")]
    [InlineData("Parliament voted last week.", "2023-09-14", "2023-09|Month|last week|PublicationDate")]
    [InlineData("The envoy goes to Kyiv next month.", "2023-09-14", "2023-10|Month|next month|PublicationDate")]
    [InlineData("Inflation rose this year.", "2023-09-14", "2023|Year|this year|PublicationDate")]
    [InlineData("Two days ago the bridge collapsed.", "2023-09-14", "2023-09-12|Day|Two days ago|PublicationDate")]
    [InlineData("A week ago the bridge collapsed.", "2023-09-14", "2023-09-07|Day|A week ago|PublicationDate")]
    [InlineData("Officials may meet in May.", "2023-09-14", "2023-05|Month|in May|PublicationDate")]
    [InlineData("Workers march through the city.", "2023-09-14", "")]
    [InlineData("Some 2000 troops crossed the border.", "2023-09-14", "")]
    public void English_date_expressions(string text, string? published, string expected) => Assert.Equal(Expected(expected), Dates(text, "en", published));

    [Theory]
    [InlineData("Prezydent spotkał się w środę z ministrem.", "pl", "|Unresolved|w środę|")]
    [InlineData("Premier wrócił wczoraj do kraju.", "pl", "|Unresolved|wczoraj|")]
    [InlineData("W zeszłym tygodniu parlament głosował.", "pl", "|Unresolved|W zeszłym tygodniu|")]
    [InlineData("Delegacja przyleciała 15 września.", "pl", "--09-15|Day|15 września|")]
    [InlineData("Ustawa weszła w życie we wrześniu.", "pl", "--09|Month|we wrześniu|")]
    [InlineData("Umowę podpisano 15 września 2023.", "pl", "2023-09-15|Day|15 września 2023|Absolute")]
    [InlineData("The leaders met on Wednesday.", "en", "|Unresolved|on Wednesday|")]
    [InlineData("Parliament voted last week.", "en", "|Unresolved|last week|")]
    [InlineData("The minister arrived on Sept. 15.", "en", "--09-15|Day|on Sept. 15|")]
    public void Without_a_publication_date_relative_dates_are_unresolved(string text, string language, string expected)
    {
        Assert.Equal([expected], Dates(text, language, null));
        Assert.Equal([expected], Dates(text, language, "not a date"));
    }

    [Theory]
    // A future event takes the weekday, day or month on or after publication (14 September 2023, a Thursday).
    [InlineData("Minister odwiedzi Kijów w piątek.", "pl", "2023-09-14", "2023-09-15|Day|w piątek|PublicationDate")]
    [InlineData("Minister odwiedzi Kijów w środę.", "pl", "2023-09-14", "2023-09-20|Day|w środę|PublicationDate")]
    [InlineData("Szczyt odbędzie się w styczniu.", "pl", "2023-12-20", "2024-01|Month|w styczniu|PublicationDate")]
    [InlineData("Szczyt odbędzie się 5 stycznia.", "pl", "2023-12-20", "2024-01-05|Day|5 stycznia|PublicationDate")]
    [InlineData("The envoy will fly to Kyiv on Wednesday.", "en", "2023-09-14", "2023-09-20|Day|on Wednesday|PublicationDate")]
    [InlineData("The summit opens next Friday.", "en", "2023-09-14", "2023-09-22|Day|next Friday|PublicationDate")]
    [InlineData("Szczyt odbędzie się w najbliższą sobotę.", "pl", "2023-09-16", "2023-09-23|Day|w najbliższą sobotę|PublicationDate")]
    public void Future_events_look_forward(string text, string language, string published, string expected) =>
        Assert.Equal([expected], Dates(text, language, published, future: true));

    [Theory]
    [InlineData("")]
    [InlineData("32 września")]
    [InlineData("Spotkanie 32 września nie odbyło się.")]
    [InlineData("Data 99.99.9999 jest błędna.")]
    [InlineData("Termin 31 listopada minął.")]
    [InlineData("Umowa z 29 lutego 2023 jest nieważna.")]
    [InlineData("Wyrok z 9999-99-99 uchylono.")]
    [InlineData("Było 123456789 września i 00.00.0000 oraz 0 maja.")]
    [InlineData("temu temu przed przed roku 1 2 3")]
    public void Hostile_input_gives_no_date_and_no_exception(string text) => Assert.Empty(Dates(text, "pl", "2023-09-14"));

    [Fact]
    public void A_run_of_leads_still_finds_the_month() =>
        Assert.Equal(["2023-09|Month|we wrześniu|PublicationDate"], Dates("w w w we we we we wrześniu", "pl", "2023-10-14"));

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(5);
        string[] pieces = ["15", "września", "2023", ".", "-", "w", "we", "środę", "temu", "przed", "za", "tydzień", "roku", "r.", "br.", "ubiegłego", "32", "99", "IX", "May", "on", "last", "week", "2023-09-15", "29", "lutego", "Sept.", ",", "1", "ago", "in", "next"];
        for (int round = 0; round < 300; round++)
        {
            string text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (string language in new[] { "pl", "en" })
            {
                foreach (string? published in new[] { "2024-02-29", null, "9999-12-31T23:59:59Z", "0001-01-01" })
                {
                    Document document = TestDocuments.Split(TestDocuments.Of(text, language)) with { Metadata = ArticleMetadata.None with { Published = published } };
                    foreach (string date in Dates(document).Concat(Dates(document, future: true)))
                    {
                        Assert.False(string.IsNullOrEmpty(date), text);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_form_the_file_lacks_is_read_through_its_lemma()
    {
        // Scraped text drops diacritics ("srode"); the morphology's guess gives the base form.
        Document document = TestDocuments.Split(TestDocuments.Of("Prezydent spotkał się w srode z ministrem.", "pl")) with { Metadata = ArticleMetadata.None with { Published = "2023-09-14" } };
        ImmutableArray<TokenMorphology> morphology = [.. document.Tokens.Select(token => token.Span.ToString(document.Text) == "srode"
            ? new TokenMorphology([new Analysis("środa", MorphTag.Unknown, AnalysisSource.Guesser, 0.5f)], 0)
            : TokenMorphology.None)];
        Assert.Equal(["2023-09-13|Day|w srode|PublicationDate"], Dates(document with { Morphology = morphology }));
    }

    [Theory]
    [InlineData("pl\tstyczeń\tmonth\t13\n", "calendar.tsv:1")]
    [InlineData("pl\tstyczeń\tmonth\t1\npl\tstyczeń\tmonth\t1\n", "calendar.tsv:2")]
    [InlineData("# c\npl\tStyczeń\tmonth\t1\n", "calendar.tsv:2")]
    [InlineData("pl\tr.\tyear-word\t-\n", "calendar.tsv:1")]
    [InlineData("pl\tten\tmodifier\tsometimes\n", "calendar.tsv:1")]
    [InlineData("pl\tten\tseason\t-\n", "calendar.tsv:1")]
    [InlineData("pl\tten\n", "calendar.tsv:1")]
    public void A_malformed_calendar_row_is_refused_with_its_line(string content, string where)
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => CalendarWords.Load(content));
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }
}

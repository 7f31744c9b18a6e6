using Kronika.Evaluation.Extraction;

namespace Kronika.Evaluation.Tests.Extraction;

public sealed class MetadataScoreTests
{
    [Theory]
    [InlineData("  Brexit:\tthe  Deal ", "brexit: the deal")]
    [InlineData("It’s “done” – finally—now", "it's \"done\" - finally-now")]
    [InlineData("ﬁnal Ａ", "final a")]
    [InlineData("ŁÓDŹ", "łódź")]
    public void Normalises_case_quotes_dashes_compatibility_forms_and_white_space(string text, string expected)
    {
        Assert.Equal(expected, MetadataScore.Normalise(text));
    }

    [Theory]
    [InlineData("Brexit: the deal", "BREXIT:  the deal", true)]
    [InlineData("Brexit: the deal", "Brexit: the deal | The Guardian", false)]
    public void Titles_match_exactly_after_normalising(string gold, string extracted, bool same)
    {
        Assert.Equal(same, MetadataScore.SameTitle(gold, extracted));
    }

    [Theory]
    [InlineData("By\n\t\tScott Cunningham", "Scott Cunningham", true)]
    [InlineData("Jane Doe", "by jane doe", true)]
    [InlineData("Jane Doe", "Jane Doe, Reuters", false)]
    public void Authors_match_after_normalising_and_a_leading_by(string gold, string extracted, bool same)
    {
        Assert.Equal(same, MetadataScore.SameAuthor(gold, extracted));
    }

    [Theory]
    [InlineData("2025-09-04", "2025-09-04T08:30:00+02:00", true)]
    [InlineData("2015-07-24T05:36:09+01:00", "2015-07-24", true)]
    [InlineData("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00Z", true)]
    [InlineData("2025-09-04", "2025-09-05", false)]
    [InlineData("2019-01-03T00:30:00+01:00", "2019-01-02T23:30:00Z", false)]
    [InlineData("2003-11", "2003-11-15", true)]
    [InlineData("2003-11", "2003-12-01", false)]
    [InlineData("2025-09-04", "Thu, 04 Sep 2025 10:00:00 GMT", true)]
    [InlineData("2025-09-04", "yesterday", false)]
    public void Dates_match_on_the_same_calendar_day_as_written(string gold, string extracted, bool same)
    {
        Assert.Equal(same, MetadataScore.SameDay(gold, extracted));
    }

    [Fact]
    public void Counts_only_pages_whose_gold_has_the_field()
    {
        BenchmarkPage page = new("1", "1.html", null) { Title = "A title", Author = " ", Published = "2025-09-04" };
        BenchmarkPage other = new("2", "2.html", null) { Title = "Another", Author = "Jane Doe" };

        MetadataScore score = MetadataScore.Measure([
            (page, new ExtractedPage("", "a TITLE", "Jane Doe", null)),
            (other, new ExtractedPage("", null, "Jane Doe", "2025-09-04")),
        ]);

        Assert.Equal(new FieldScore(1, 2), score.Title);
        Assert.Equal(new FieldScore(1, 1), score.Author);
        Assert.Equal(new FieldScore(0, 1), score.Published);
        Assert.Equal(0.5, score.Title.Accuracy);
    }
}

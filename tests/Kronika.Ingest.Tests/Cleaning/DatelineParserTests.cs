using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.Tests.Cleaning;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("15.09.2023", "2023-09-15")]
    [InlineData("15.09.2023 10:21", "2023-09-15T10:21")]
    [InlineData("15.09.2023, godz. 10:21", "2023-09-15T10:21")]
    [InlineData("2023-09-15", "2023-09-15")]
    [InlineData("2023-09-15T10:21:00Z", "2023-09-15T10:21")]
    [InlineData("15 września 2023", "2023-09-15")]
    [InlineData("piątek, 15 września 2023, 10:21", "2023-09-15T10:21")]
    [InlineData("September 15, 2023", "2023-09-15")]
    [InlineData("Sep 15, 2023 at 10:21", "2023-09-15T10:21")]
    [InlineData("15 September 2023", "2023-09-15")]
    [InlineData("31.02.2023", null)]
    [InlineData("wczoraj", null)]
    [InlineData("15 blablabla 2023", null)]
    public void Dateline_dates_become_ISO_8601(string text, string? expected)
    {
        Assert.Equal(expected, DatelineParser.Parse(text));
    }
}

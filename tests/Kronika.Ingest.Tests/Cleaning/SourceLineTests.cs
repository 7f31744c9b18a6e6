using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.Tests.Cleaning;

public sealed class SourceLineTests
{
    [Theory]
    [InlineData("Źródło: Unian", "UNIAN")]
    [InlineData("Źródło: PAP, IAR", "PAP")]
    [InlineData("Źródła: TVN24 i Reuters", "TVN24")]
    [InlineData("Source: Reuters", "Reuters")]
    [InlineData("(PAP)", "PAP")]
    [InlineData("/PAP/", "PAP")]
    [InlineData("PAP, IAR", "PAP")]
    [InlineData("Źródło: unian.ua", "UNIAN")]
    [InlineData("Na podstawie: Associated Press", "AP")]
    [InlineData("Źródło: Gazeta Lubuska", "Gazeta Lubuska")]
    [InlineData("Źródło:", null)]
    [InlineData("Putin i Kim", null)]
    [InlineData("PAP i ktoś jeszcze", null)]
    public void Source_lines_give_the_agency_as_credited(string line, string? expected)
    {
        Assert.Equal(expected, SourceLine.Parse(line));
    }

    [Theory]
    [InlineData("Źródło: Unian", "UNIAN")]
    [InlineData("Source: Reuters", "Reuters")]
    [InlineData("(PAP)", "PAP")]
    [InlineData("Źródło: PAP, IAR", "PAP")]
    public void A_source_line_near_the_end_sets_the_credited_source_and_is_removed(string line, string expected)
    {
        var document = ReadHelper.ReadText($"Tytuł\n\nPierwszy akapit tekstu, dość długi.\n\nOstatni akapit tekstu.\n\n{line}\nPolecamy\n");
        Assert.Equal(expected, document.Metadata.CreditedSource);
        Assert.Contains(document.Removed, removal => removal.Text == line && removal.Reason == "credited_source");
        Assert.DoesNotContain(line, document.Text, StringComparison.Ordinal);
    }
}

using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Events;

namespace Kronika.Nlp.Tests.Time;

/// <summary>The date an event takes from its sentence: the expression in the trigger's clause, else the nearest, resolved
/// forward for future events. Publication: Thursday 14 September 2023.</summary>
public sealed class EventDatingTests
{
    private const string Published = "2023-09-14";

    private static string? DateOf(string text, string language, string trigger, Modality modality = Modality.Asserted)
    {
        Document document = DateFinderTests.Parse(text, language, Published);
        int start = text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, trigger);
        EventDate? date = EventDating.DateOf(document, 0, new TextSpan(start, start + trigger.Length), modality);
        return date is null ? null : $"{date.Value}|{date.Text.ToString(text)}";
    }

    [Theory]
    [InlineData("Prezydent spotkał się w środę z ministrem.", "pl", "spotkał", "2023-09-13|w środę")]
    [InlineData("W środę prezydent, który w 2022 roku odwiedził Kijów, spotkał się z Kimem.", "pl", "spotkał", "2023-09-13|W środę")]
    [InlineData("W środę prezydent, który w 2022 roku odwiedził Kijów, spotkał się z Kimem.", "pl", "odwiedził", "2022|w 2022 roku")]
    [InlineData("Rzecznik powiedział wczoraj, że premier odwiedził Wilno w poniedziałek.", "pl", "odwiedził", "2023-09-11|w poniedziałek")]
    [InlineData("On Wednesday the minister, who resigned in 2021, met the envoy.", "en", "met", "2023-09-13|On Wednesday")]
    [InlineData("Officials said on Monday that troops had shelled the town last week.", "en", "shelled", "2023-09|last week")]
    public void Takes_the_date_of_the_trigger_clause(string text, string language, string trigger, string expected) =>
        Assert.Equal(expected, DateOf(text, language, trigger));

    [Theory]
    [InlineData("Minister odwiedzi Kijów w piątek.", "pl", "odwiedzi", Modality.Asserted, "2023-09-15|w piątek")]
    [InlineData("Minister odwiedził Kijów w piątek.", "pl", "odwiedził", Modality.Asserted, "2023-09-08|w piątek")]
    [InlineData("Prezydent będzie rozmawiał z kanclerzem w środę.", "pl", "rozmawiał", Modality.Asserted, "2023-09-20|w środę")]
    [InlineData("Prasa pisała, że Putin poprosi Kima o broń w poniedziałek.", "pl", "poprosi", Modality.Hypothetical, "2023-09-18|w poniedziałek")]
    [InlineData("The envoy will visit Kyiv on Friday.", "en", "visit", Modality.Asserted, "2023-09-15|on Friday")]
    [InlineData("The envoy visited Kyiv on Friday.", "en", "visited", Modality.Asserted, "2023-09-08|on Friday")]
    [InlineData("The two leaders could meet in March.", "en", "meet", Modality.Hypothetical, "2024-03|in March")]
    public void Future_events_take_dates_after_publication(string text, string language, string trigger, Modality modality, string expected) =>
        Assert.Equal(expected, DateOf(text, language, trigger, modality));

    [Fact]
    public void A_sentence_without_a_date_gives_none() => Assert.Null(DateOf("Prezydent spotkał się z ministrem.", "pl", "spotkał"));
}

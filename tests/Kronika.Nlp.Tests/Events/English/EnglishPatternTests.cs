using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Events.English;

namespace Kronika.Nlp.Tests.Events.English;

/// <summary>Every row of the English pattern file codes its own example sentence through the whole pipeline: the row's
/// type with the source and target the row expects.</summary>
public sealed class EnglishPatternTests
{
    private static readonly Dictionary<string, EnglishPattern> _patterns = EnglishPattern.Load().ToDictionary(pattern => pattern.Id, StringComparer.Ordinal);

    public static TheoryData<string> Ids => [.. _patterns.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_example_of_each_pattern_is_coded_with_its_type_and_actors(string id)
    {
        EnglishPattern pattern = _patterns[id];
        Document document = EnglishEvents.Run(pattern.Example);
        string[] expected = pattern.Expected.Split(" > ");
        Assert.Contains(document.Events, @event => @event.Type == pattern.Type
            && EnglishEvents.Names(document, @event.Source).Contains(expected[0])
            && (expected.Length == 1 || EnglishEvents.Names(document, @event.Target).Contains(expected[1])));
    }

    [Fact]
    public void The_patterns_cover_every_PLOVER_type_and_REQUEST()
    {
        Assert.Equal(EnglishPattern.Types.Order(StringComparer.Ordinal), _patterns.Values.Select(pattern => pattern.Type).Distinct().Order(StringComparer.Ordinal));
    }
}

/// <summary>Runs English text through the shared pipeline.</summary>
internal static class EnglishEvents
{
    public static Document Run(string text)
    {
        Document document = TestDocuments.Pipeline.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);
        Assert.Equal("en", document.Language);
        Assert.Empty(DocumentInvariants.Check(document));
        return document;
    }

    public static string[] Names(Document document, IEnumerable<int> entities) =>
        [.. entities.Select(entity => document.Entities[entity].EnglishName ?? document.Entities[entity].Name)];

    public static ReportedEvent Single(Document document, string type) => Assert.Single(document.Events, @event => @event.Type == type);
}

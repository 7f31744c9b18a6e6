using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Testing;

namespace Kronika.Nlp.Tests.Events.Polish;

/// <summary>The founding article (../shared/gold/seed.gold.json): the events the current mentions let the finder read,
/// none twice (captions are left out by the events stage, from the regions the reader marks).</summary>
public sealed class FoundingArticleEventTests
{
    private static readonly Lazy<Document> _document = new(() =>
    {
        string text = File.ReadAllText(SharedData.Require("seeds/000_a6450bc0721d6666.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "pl"), TestContext.Current.CancellationToken);
    });

    [Theory]
    // The meeting in Sochi and the visit to Russia are one happening: merged, the visitor leads, and Putin stands in
    // for the Russia he governs (the gold's target).
    [InlineData("CONSULT", "Łukaszenk", "Putin", Modality.Asserted)]
    [InlineData("CONSULT", "Putin", "Dzong", Modality.Asserted)]
    [InlineData("REQUEST", "Putin", "Kim", Modality.Hypothetical)]
    public void The_gold_events_are_found(string type, string source, string target, Modality modality)
    {
        Document document = _document.Value;
        Assert.True(document.Events.Any(@event => @event.Type == type && @event.Modality == modality
            && Sides(document, @event).Any(side => Has(document, side.Source, source) && Has(document, side.Target, target))), PolishEventRun.Describe(document));
    }

    [Fact]
    public void The_meeting_and_the_visit_are_one_event_with_both_sentences()
    {
        Document document = _document.Value;
        ReportedEvent visit = Assert.Single(document.Events, @event => @event.Type == "CONSULT" && @event.Mode == "visit");
        Assert.Contains(visit.Evidence, span => span.ToString(document.Text).Contains("spotkanie Władimira Putina", StringComparison.Ordinal));
        Assert.Contains(visit.Evidence, span => span.ToString(document.Text).Contains("odwiedził", StringComparison.Ordinal));
    }

    [Fact]
    public void No_event_is_produced_twice()
    {
        Document document = _document.Value;
        var keys = document.Events.Select(@event => $"{@event.Type}|{string.Join(',', @event.Source.Order())}|{string.Join(',', @event.Target.Order())}|{@event.Modality}").ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    private static (IEnumerable<int> Source, IEnumerable<int> Target)[] Sides(Document document, ReportedEvent @event) =>
        @event.Type == "CONSULT" ? [(@event.Source, @event.Target), (@event.Target, @event.Source)] : [(@event.Source, @event.Target)];

    private static bool Has(Document document, IEnumerable<int> actors, string stem) =>
        actors.Any(actor => document.Mentions.Any(mention => mention.Entity == actor && mention.Span.ToString(document.Text).Contains(stem, StringComparison.Ordinal)));
}

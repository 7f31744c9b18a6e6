using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Events;

namespace Kronika.Nlp.Tests.Events.Ontology;

/// <summary>Merged events take the mode and context their CAMEO code implies when the pattern leaves them open.</summary>
public sealed class EventMergerOntologyTests
{
    private static ReportedEvent Merge(string cameo, string? mode, string? context)
    {
        const string text = "Minister odwiedził Kijów.";
        Document document = TestDocuments.Split(TestDocuments.Of(text, "pl")) with
        {
            Entities = [new Entity("new:minister", EntityType.Per, "Minister"), new Entity("kb:city/kyiv", EntityType.Gpe, "Kijów", "UKR")],
        };
        var candidate = new EventCandidate("CONSULT", cameo, mode, context, [0], [1], new TextSpan(9, 18), 0, Modality.Asserted, 0.8, "test");
        return Assert.Single(EventMerger.Merge(document, [candidate]));
    }

    [Fact]
    public void A_visit_code_gives_the_visit_mode() => Assert.Equal(("visit", (string?)null), (Merge("042", null, null).Mode, Merge("042", null, null).Context));

    [Fact]
    public void The_pattern_mode_and_context_win() => Assert.Equal(("host", "economic"), (Merge("042", "host", "economic").Mode, Merge("042", "host", "economic").Context));

    [Fact]
    public void A_negotiation_code_gives_its_context() => Assert.Equal("diplomatic", Merge("046", null, null).Context);
}

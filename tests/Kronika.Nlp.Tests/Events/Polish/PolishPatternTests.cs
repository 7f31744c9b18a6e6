using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Events.Polish;

namespace Kronika.Nlp.Tests.Events.Polish;

/// <summary>Every row of patterns.pl.tsv finds its own example sentence, with the type and the actors its marks name.</summary>
public sealed class PolishPatternTests
{
    private static readonly PolishLexicon _lexicon = PolishLexicon.Load();

    public static TheoryData<string> PatternIds => [.. _lexicon.Patterns.Select(pattern => pattern.Id)];

    [Theory]
    [MemberData(nameof(PatternIds))]
    public void Each_pattern_finds_its_example(string id)
    {
        PolishPattern pattern = _lexicon.Patterns.Single(row => row.Id == id);
        (string text, List<TextSpan> sources, List<TextSpan> targets) = PolishEventRun.Marked(pattern.Example);
        Document document = PolishEventRun.Analyse(text);

        ReportedEvent? found = document.Events.FirstOrDefault(@event => @event.Type == pattern.Type && @event.Source.Any(actor => PolishEventRun.NamedIn(document, actor, sources)));
        Assert.True(found is not null, $"{id}: no {pattern.Type} event with a source in its [S] marks; events: {PolishEventRun.Describe(document)}");
        if (targets.Count > 0)
        {
            Assert.True(found.Target.Any(actor => PolishEventRun.NamedIn(document, actor, targets)), $"{id}: target not in its [T] marks; events: {PolishEventRun.Describe(document)}");
        }

        Assert.Equal(Modality.Asserted, found.Modality);
    }

    [Fact]
    public void The_pattern_file_loads_with_every_type_of_the_ontology()
    {
        string[] types = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "REQUEST"];
        Assert.All(types, type => Assert.Contains(_lexicon.Patterns, pattern => pattern.Type == type));
        Assert.All(_lexicon.Patterns, pattern => Assert.Contains(pattern.Type, types));
    }

    [Theory]
    [InlineData("x\tspotkać się\tv\tT:z+inst\tCONSULT\t040\t\t\t0.8\t[S A] b")]
    [InlineData("x\tspotkać\tq\tT:z+inst\tCONSULT\t040\t\t\t0.8\t[S A] b")]
    [InlineData("x\tspotkać\tv\tT:zz\tCONSULT\t040\t\t\t0.8\t[S A] b")]
    [InlineData("x\tspotkać\tv\tT:acc\tCONSULT\t040\t\t\t1.5\t[S A] b")]
    [InlineData("x\tspotkać\tv\tT:acc\tCONSULT\t040\t\t\t0.5\tno marks")]
    public void A_malformed_row_is_refused_with_its_line(string row)
    {
        string text = row.StartsWith("x\tspotkać się", StringComparison.Ordinal) ? row + "\n" + row : row;
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => PolishLexicon.Parse(text, string.Empty));
        Assert.Contains("patterns.pl.tsv:", error.Message, StringComparison.Ordinal);
    }
}

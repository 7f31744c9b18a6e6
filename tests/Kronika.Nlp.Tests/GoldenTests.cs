using System.Globalization;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Testing;

namespace Kronika.Nlp.Tests;

/// <summary>Hand-written paragraphs through the whole pipeline, dumped one annotation per line.</summary>
/// <remarks>The input's blank-line separated blocks become regions: the first a title, the others paragraphs.</remarks>
public sealed class GoldenTests
{
    private const string Folder = "tests/Kronika.Nlp.Tests/Golden";

    [Theory]
    [InlineData("pl-spotkanie")]
    [InlineData("pl-dialog")]
    [InlineData("en-briefing")]
    public void Matches_the_expected_annotations(string name)
    {
        string text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, Folder, name + ".input.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        Document document = TestDocuments.WithBlocks(text, "xx") with { Language = null };

        foreach (IStage stage in TestDocuments.Pipeline.Stages)
        {
            document = stage.Run(document, TestContext.Current.CancellationToken);
            Assert.Empty(DocumentInvariants.Check(document));
        }

        Golden.Check($"{Folder}/{name}.expected.txt", Dump(document));
    }

    private static string Dump(Document document)
    {
        var dump = new StringBuilder();
        dump.Append(CultureInfo.InvariantCulture, $"language {document.Language ?? "none"}\n");
        foreach (Token token in document.Tokens)
        {
            dump.Append(CultureInfo.InvariantCulture, $"token {token.Span} {token.Kind} {Quote(token.Span.Slice(document.Text))}\n");
        }

        foreach (Sentence sentence in document.Sentences)
        {
            dump.Append(CultureInfo.InvariantCulture, $"sentence {sentence.Span} {Quote(sentence.Span.Slice(document.Text))}\n");
        }

        return dump.ToString();
    }

    private static string Quote(ReadOnlySpan<char> text) => "\"" + text.ToString().Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}

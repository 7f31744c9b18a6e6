using Kronika.Core;

namespace Kronika.Nlp.Tests.Events.Polish;

/// <summary>Runs Polish text through the real pipeline and reads its events.</summary>
internal static class PolishEventRun
{
    public static Document Analyse(string text) =>
        TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "pl"), TestContext.Current.CancellationToken);

    /// <summary>The text without its [S ...] and [T ...] marks, and the spans the marks wrapped.</summary>
    public static (string Text, List<TextSpan> Sources, List<TextSpan> Targets) Marked(string marked)
    {
        var text = new System.Text.StringBuilder();
        var sources = new List<TextSpan>();
        var targets = new List<TextSpan>();
        int start = -1;
        char role = ' ';
        for (int index = 0; index < marked.Length; index++)
        {
            if (marked[index] == '[' && index + 2 < marked.Length && marked[index + 1] is 'S' or 'T' && marked[index + 2] == ' ')
            {
                role = marked[index + 1];
                start = text.Length;
                index += 2;
            }
            else if (marked[index] == ']' && start >= 0)
            {
                (role == 'S' ? sources : targets).Add(new TextSpan(start, text.Length));
                start = -1;
            }
            else
            {
                text.Append(marked[index]);
            }
        }

        return (text.ToString(), sources, targets);
    }

    /// <summary>Whether entity <paramref name="actor"/> has a mention (or a mention acting for it) inside one of <paramref name="spans"/>.</summary>
    public static bool NamedIn(Document document, int actor, List<TextSpan> spans) =>
        document.Mentions.Any(mention => (mention.Entity == actor || mention.ActsFor == actor) && spans.Any(span => span.Overlaps(mention.Span)));

    /// <summary>The entity names of a side of an event.</summary>
    public static string[] Names(Document document, IEnumerable<int> actors) => [.. actors.Select(actor => document.Entities[actor].Name)];

    public static string Describe(Document document) =>
        (document.Events.IsEmpty ? "none" : string.Join("; ", document.Events.Select(@event =>
            $"{@event.Type} {@event.Pattern} {string.Join(',', Names(document, @event.Source))} -> {string.Join(',', Names(document, @event.Target))} {@event.Modality}")))
        + " | mentions: " + string.Join(", ", document.Mentions.Select(mention => mention.Span.ToString(document.Text)));
}

using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Mentions.Tagger;

/// <summary>Turns character spans of typed mentions over a tokenised document into BIO labels per sentence: the
/// training form of a corpus whose gold is given as offsets (SlavicNER).</summary>
public static class SpanLabels
{
    /// <summary>The words and labels of every sentence of <paramref name="document"/>: B-TYPE on the token where a mention
    /// starts (or the first token inside it), I-TYPE on the tokens after it inside the mention, O elsewhere.</summary>
    /// <param name="document">A document with tokens and sentences.</param>
    /// <param name="mentions">Gold mentions as character spans with their type; overlapping ones: the first wins.</param>
    public static List<(IReadOnlyList<string> Words, IReadOnlyList<string> Labels)> Sentences(
        Document document, IEnumerable<(int Start, int End, string Type)> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var spans = mentions.OrderBy(mention => mention.Start).ToList();
        var result = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>(document.Sentences.Length);
        int next = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            var words = new List<string>(sentence.EndToken - sentence.FirstToken);
            var labels = new List<string>(words.Capacity);
            (int Start, int End, string Type)? open = null;
            for (int index = sentence.FirstToken; index < sentence.EndToken; index++)
            {
                TextSpan token = document.Tokens[index].Span;
                words.Add(token.ToString(document.Text));
                while (next < spans.Count && spans[next].End <= token.Start)
                {
                    next++;
                }

                if (open is { } current && token.Start < current.End)
                {
                    labels.Add("I-" + current.Type);
                    continue;
                }

                open = null;
                if (next < spans.Count && spans[next].Start < token.End && token.Start < spans[next].End)
                {
                    open = spans[next];
                    labels.Add("B-" + spans[next].Type);
                    next++;
                }
                else
                {
                    labels.Add("O");
                }
            }

            result.Add((words, labels));
        }

        return result;
    }
}

using System.Collections.Immutable;
using Kronika.Core;

namespace Kronika.Evaluation.Sentences;

/// <summary>Scores a sentence splitter against the sentence breaks of NKJP, at token boundaries.</summary>
/// <remarks>
/// Per document the text is rebuilt by <see cref="NkjpDetokenizer"/>. Gold boundaries are the ends of tokens where a
/// corpus sentence ends, except the document's last token (every splitter ends a sentence there). The splitter
/// returns the end offsets of its sentences (exclusive, UTF-16); each is snapped to the gold token ending there.
/// An end at a gold boundary is a true positive; at another token's end, or inside a token, a false positive;
/// ends at or past the last token's end are ignored. Precision, recall and F1 are micro-averaged over all documents.
/// The splitter is a delegate so that this project needs no reference to the one under test.
/// </remarks>
public static class SentenceBoundaryScorer
{
    /// <summary>Scores <paramref name="splitter"/> over <paramref name="documents"/>.</summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="splitter">Text in, sentence end offsets out (any order; duplicates count once).</param>
    public static SentenceBoundaryScore Score(IEnumerable<NkjpDocument> documents, Func<string, IReadOnlyList<int>> splitter)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(splitter);
        SentenceBoundaryScore total = SentenceBoundaryScore.Zero;
        foreach (NkjpDocument document in documents)
        {
            total = total.Add(Score(document, splitter));
        }

        return total;
    }

    /// <summary>Scores <paramref name="splitter"/> on one document.</summary>
    public static SentenceBoundaryScore Score(NkjpDocument document, Func<string, IReadOnlyList<int>> splitter)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(splitter);
        if (document.Tokens.IsEmpty)
        {
            return SentenceBoundaryScore.Zero with { Documents = 1 };
        }

        DetokenizedText rebuilt = NkjpDetokenizer.Rebuild(document);
        ImmutableArray<TextSpan> spans = rebuilt.Spans;
        int lastEnd = spans[^1].End;

        // Token ends, which are strictly increasing, mapped to whether a gold sentence ends there.
        var goldAt = new Dictionary<int, bool>(spans.Length);
        int gold = 0;
        for (int index = 0; index < spans.Length; index++)
        {
            bool boundary = document.Tokens[index].EndsSentence && index < spans.Length - 1;
            goldAt[spans[index].End] = boundary;
            gold += boundary ? 1 : 0;
        }

        int truePositives = 0;
        int falsePositives = 0;
        foreach (int end in new SortedSet<int>(splitter(rebuilt.Text)))
        {
            if (end >= lastEnd)
            {
                continue;
            }

            if (goldAt.TryGetValue(end, out bool boundary) && boundary)
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }
        }

        return new SentenceBoundaryScore(1, truePositives, falsePositives, gold - truePositives);
    }
}

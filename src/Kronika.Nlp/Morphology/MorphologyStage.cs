using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology;

/// <summary>Adds every reading of every word token and chooses one in context (<see cref="ReadingChooser"/>).</summary>
/// <remarks>Languages without an analyzer get no readings (empty entries), so the layer always has one entry per token.
/// A word that recurs in a document is analysed once. Immutable; thread-safe.</remarks>
public sealed class MorphologyStage : IStage
{
    private readonly FrozenDictionary<string, IWordAnalyzer> _analyzers;

    /// <summary>A stage with one analyzer per ISO 639-1 language code.</summary>
    public MorphologyStage(IReadOnlyDictionary<string, IWordAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _analyzers = analyzers.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Name => "morphology";

    /// <inheritdoc />
    public Layers Requires => Layers.Language | Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.Morphology;

    /// <inheritdoc />
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Rejection is not null || document.Tokens.IsEmpty)
        {
            return document;
        }

        _analyzers.TryGetValue(document.Language ?? string.Empty, out IWordAnalyzer? analyzer);
        var readings = new ImmutableArray<Analysis>[document.Tokens.Length];
        var seen = new Dictionary<(string Word, bool Initial), ImmutableArray<Analysis>>();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool initial = true;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                Token token = document.Tokens[i];
                if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || analyzer is null)
                {
                    readings[i] = [];
                    initial &= token.Kind is TokenKind.Punctuation or TokenKind.Symbol;
                    continue;
                }

                string word = token.Span.ToString(document.Text);
                if (!seen.TryGetValue((word, initial), out ImmutableArray<Analysis> known))
                {
                    known = [.. analyzer.Analyze(word, initial)];
                    seen[(word, initial)] = known;
                }

                readings[i] = known;
                initial = false;
            }
        }

        for (int i = 0; i < readings.Length; i++)
        {
            readings[i] = readings[i].IsDefault ? [] : readings[i];
        }

        return document with { Morphology = ReadingChooser.Choose(document, readings) };
    }
}

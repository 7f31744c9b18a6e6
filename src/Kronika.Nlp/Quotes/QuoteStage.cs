using Kronika.Core;

namespace Kronika.Nlp.Quotes;

/// <summary>Finds direct and reported speech in Polish and English and who says it (the quotes layer).</summary>
/// <remarks>
/// Direct quotes: text in quotation marks with an attribution next to it (after: "”, said X", "” – stwierdził X"; before:
/// "X said: “", "Według X, „"), a quote split by its attribution joined into one, an opening mark left open at a paragraph's
/// end continued by the next paragraph's opening mark, Polish dash-introduced speech paragraphs, and a paragraph that is
/// wholly a quote in a run of quotes. Quoted words with no attribution (titles, scare quotes) are not quotes.
/// Reported speech: a cue verb with "że", "iż", "jakoby" or "that", an English cue followed by a clause, a trailing
/// attribution ("..., X said."; "... – poinformował Pieskow"), "according to X" and "według X".
/// Speakers: the noun phrase next to the cue; a pronoun or a Polish zero subject resolved only when one candidate fits;
/// the previous quote's speaker for an unattributed quote in a run of paragraphs; otherwise none. See README.md.
/// Other languages pass through with an empty layer. Immutable; thread-safe.
/// </remarks>
public sealed class QuoteStage : IStage
{
    private readonly CueLexicon _lexicon;

    /// <summary>A stage with the cue verbs of <paramref name="lexicon"/>.</summary>
    public QuoteStage(CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc/>
    public string Name => "quotes";

    /// <inheritdoc/>
    public Layers Requires => Layers.Text | Layers.Language | Layers.Tokens | Layers.Sentences;

    /// <inheritdoc/>
    public Layers Produces => Layers.Quotes;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Rejection is not null || document.Tokens.IsEmpty || document.Language is not ("pl" or "en"))
        {
            return document;
        }

        return document with { Quotes = new QuoteFinder(document, _lexicon, cancellationToken).Find() };
    }
}

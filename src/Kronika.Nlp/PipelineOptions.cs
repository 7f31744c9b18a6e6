using System.Collections.Immutable;
using Kronika.Nlp.Morphology.English;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp;

/// <summary>Settings of the analysis pipeline; <see cref="Default"/> is what the CLI and the tests use.</summary>
public sealed record PipelineOptions
{
    /// <summary>The defaults.</summary>
    public static PipelineOptions Default { get; } = new();

    /// <summary>ISO 639-1 codes of the languages Kronika analyses; each needs an abbreviation list in
    /// <c>Tokenization/Data/</c> and must be among the detector's candidates (<c>Language/Data/candidates.tsv</c>).
    /// Any other detected language is refused as unsupported.</summary>
    public ImmutableArray<string> SupportedLanguages { get; init; } = ["pl", "en"];

    /// <summary>How much of the body the language detector reads, in UTF-16 code units. Lingua's cost grows with it
    /// and a few sentences already tell Polish from English; 600 kept every SlavicNER and PolNeAR dev text right.</summary>
    public int DetectionSampleLength { get; init; } = 600;

    /// <summary>Fewer letters than this is too little text to tell its language; the document is refused.</summary>
    public int MinimumLettersToDetect { get; init; } = 3;

    /// <summary>Lingua's low-accuracy mode: less memory and faster, but unreliable below about 120 characters.</summary>
    public bool LowAccuracyDetection { get; init; }

    /// <summary>A sentence is cut after this many tokens (a guard for text without punctuation).</summary>
    public int MaxSentenceTokens { get; init; } = 1000;

    /// <summary>Whether to add the morphology layer (readings of every word, one chosen in context).</summary>
    public bool Morphology { get; init; } = true;

    /// <summary>Whether to add the mentions and entities layers (Polish names, their base forms, within-document entities);
    /// needs <see cref="Morphology"/>'s Polish analyzer.</summary>
    public bool Mentions { get; init; } = true;

    /// <summary>Whether to add the quotes layer (direct and reported speech and their speakers); Polish cue verbs are found
    /// through <see cref="Morphology"/>'s lemmas, so without it only English and marked quotes with a name are found.</summary>
    public bool Quotes { get; init; } = true;

    /// <summary>Whether to find events (who did what to whom; needs <see cref="Mentions"/>); on by default.</summary>
    public bool Events { get; init; } = true;

    /// <summary>An already loaded Polish analyzer to share between pipelines; null loads the configured dictionary
    /// (<see cref="MorfologikLexicon.LoadDefault"/>).</summary>
    public PolishAnalyzer? PolishAnalyzer { get; init; }

    /// <summary>An already loaded English lemmatizer to share between pipelines; null loads the configured WordNet
    /// (<see cref="WordNetLexicon.LoadDefault"/>).</summary>
    public EnglishLemmatizer? EnglishLemmatizer { get; init; }
}

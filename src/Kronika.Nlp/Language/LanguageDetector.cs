using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Language;

/// <summary>Identifies the language of the article (stage <c>language</c>) with Lingua, and refuses the ones Kronika
/// does not analyse: the document keeps the detected code and gets a <see cref="RejectionReason.UnsupportedLanguage"/>.</summary>
/// <remarks>
/// Detection reads a sample of the body, not the whole text: paragraphs first, then the lead and the title, up to
/// <c>sampleLength</c> characters (a language does not change after two thousand characters of one article, and
/// Lingua's cost grows with the input). Text without letters, or with too few to tell, is refused with a detail
/// saying so and no language. Immutable; Lingua's detector is safe to share between threads.
/// </remarks>
public sealed class LanguageDetector : IStage
{
    private static readonly RegionType[] _sampleOrder = [RegionType.Paragraph, RegionType.Lead, RegionType.Title, RegionType.Subheading, RegionType.QuoteBlock];

    private readonly Lingua.LanguageDetector _detector;
    private readonly FrozenDictionary<Lingua.Language, string> _codes;
    private readonly FrozenSet<string> _supported;
    private readonly string _supportedNames;
    private readonly int _sampleLength;
    private readonly int _minimumLetters;

    /// <summary>Makes the stage around a Lingua detector built once by the caller.</summary>
    /// <param name="detector">Built from exactly the languages in <paramref name="candidates"/>.</param>
    /// <param name="candidates">The detector's languages with their ISO 639-1 codes.</param>
    /// <param name="supported">ISO 639-1 codes Kronika analyses; each must be among the candidates.</param>
    /// <param name="sampleLength">How many characters of the body are read, in UTF-16 code units.</param>
    /// <param name="minimumLetters">Fewer letters than this in the sample is too little to tell.</param>
    public LanguageDetector(
        Lingua.LanguageDetector detector,
        IReadOnlyList<(string Code, Lingua.Language Language)> candidates,
        IReadOnlyCollection<string> supported,
        int sampleLength,
        int minimumLetters)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(supported);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleLength, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumLetters, 1);
        _detector = detector;
        _codes = candidates.ToFrozenDictionary(candidate => candidate.Language, candidate => candidate.Code);
        _supported = supported.ToFrozenSet(StringComparer.Ordinal);
        foreach (string code in _supported)
        {
            if (!_codes.Values.Contains(code, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Supported language '{code}' is not among the detector's candidates.", nameof(supported));
            }
        }

        _supportedNames = string.Join(" and ", candidates.Where(candidate => _supported.Contains(candidate.Code))
            .Select(candidate => $"{candidate.Language} ({candidate.Code})"));
        _sampleLength = sampleLength;
        _minimumLetters = minimumLetters;
    }

    /// <inheritdoc/>
    public string Name => "language";

    /// <inheritdoc/>
    public Layers Requires => Layers.Text;

    /// <inheritdoc/>
    public Layers Produces => Layers.Language;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        string sample = Sample(document);
        int letters = CountLetters(sample);
        if (letters == 0)
        {
            return Refuse(document, null, "The text has no letters, so its language cannot be told; Kronika analyses " + _supportedNames + ".");
        }

        if (letters < _minimumLetters)
        {
            return Refuse(document, null, string.Create(CultureInfo.InvariantCulture,
                $"The text is too short to tell its language ({letters} letters, at least {_minimumLetters} needed)."));
        }

        cancellationToken.ThrowIfCancellationRequested();
        Lingua.Language language = _detector.DetectLanguageOf(sample);
        if (!_codes.TryGetValue(language, out string? code))
        {
            return Refuse(document, null, string.Create(CultureInfo.InvariantCulture,
                $"The language of the text could not be told apart from {_codes.Count} candidates ({letters} letters read); Kronika analyses {_supportedNames}."));
        }

        if (!_supported.Contains(code))
        {
            return Refuse(document, code, $"The text is in {language} ({code}); Kronika analyses {_supportedNames}.");
        }

        return document with { Language = code };
    }

    private Document Refuse(Document document, string? code, string detail) =>
        document with { Language = code, Rejection = new Rejection(Name, RejectionReason.UnsupportedLanguage, detail) };

    /// <summary>Up to the sample length of the body regions in <see cref="_sampleOrder"/>, or of the whole text when it has no regions.</summary>
    private string Sample(Document document)
    {
        string text = document.Text;
        if (document.Regions.IsEmpty)
        {
            return Cut(text, 0, text.Length, _sampleLength);
        }

        var sample = new StringBuilder(Math.Min(text.Length, _sampleLength));
        foreach (RegionType type in _sampleOrder)
        {
            foreach (Region region in document.Regions)
            {
                if (region.Type != type || region.Span.End > text.Length)
                {
                    continue;
                }

                int room = _sampleLength - sample.Length;
                if (room <= 0)
                {
                    return sample.ToString();
                }

                sample.Append(Cut(text, region.Span.Start, region.Span.Length, room)).Append('\n');
            }
        }

        return sample.Length > 0 ? sample.ToString() : Cut(text, 0, text.Length, _sampleLength);
    }

    /// <summary>At most <paramref name="room"/> characters from <paramref name="start"/>, never ending inside a surrogate pair.</summary>
    private static string Cut(string text, int start, int length, int room)
    {
        int take = Math.Min(length, room);
        if (take < length && take > 0 && char.IsHighSurrogate(text[start + take - 1]))
        {
            take--;
        }

        return text.Substring(start, take);
    }

    private static int CountLetters(string sample)
    {
        int letters = 0;
        foreach (char c in sample)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters;
    }
}

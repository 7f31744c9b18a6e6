using System.Globalization;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Puts a noun, adjective or participle form into the nominative, keeping its number and the gender it must
/// agree with: "Rosyjską" → "Rosyjska", "Stanów" → "Stany", "Zjednoczonych" → "Zjednoczone".</summary>
/// <remarks>The dictionary maps forms to base forms, not back, so forms are generated and tested: candidate endings on
/// the stems of the form and of its base form, kept when the dictionary reads the candidate as the same base form in
/// the nominative with that number and gender. Singular nouns need no search: their base form is the nominative.
/// Immutable; thread-safe.</remarks>
public sealed class NominativeInflector
{
    // Endings of nominative forms (singular and plural, nouns and adjectives), with the stem-final consonants that
    // alternate before them (Polsce/Polska, brytyjscy/brytyjski, Zjednoczeni/zjednoczone): a candidate only counts when
    // the dictionary confirms it, so a generous list costs time, never accuracy.
    private static readonly string[] _endings =
    [
        "", "a", "e", "i", "y", "o", "u", "ie", "ia", "io", "owie", "owe", "owa", "owy", "owi",
        "ka", "ga", "cha", "ta", "da", "ra", "ła", "na", "sta", "zda", "ska", "cka", "ki", "gi", "ky",
        "scy", "ccy", "cy", "dzy", "rzy", "si", "ni", "li", "ci", "dzi", "ści", "źli", "eni", "ani", "ęci", "eci", "ali",
        "ny", "ne", "na", "ni", "ony", "one", "ona", "eni", "ty", "te", "ci", "ry", "re", "rzy", "ły", "łe", "li", "wy", "we",
        "ek", "ko", "ec", "ca", "ce", "cze", "cz", "sk", "sc", "st", "ść", "zd", "ździ", "ów", "ew", "ej", "ey", "ei", "es", "em",
    ];

    private readonly MorfologikLexicon _lexicon;

    [ThreadStatic]
    private static ReadingBuffer? _buffer;

    /// <summary>An inflector over <paramref name="lexicon"/>.</summary>
    public NominativeInflector(MorfologikLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The nominative of a reading with <paramref name="number"/> and <paramref name="gender"/>, lower-cased as the
    /// dictionary writes it; null when no candidate is confirmed.</summary>
    /// <param name="form">The form in the text.</param>
    /// <param name="reading">The reading chosen for it (a dictionary reading: its base form and flexeme are matched).</param>
    /// <param name="number">The number to keep.</param>
    /// <param name="gender">The gender to agree with; <see cref="GrammaticalGender.None"/> for any.</param>
    public string? Nominative(string form, Analysis reading, GrammaticalNumber number, GrammaticalGender gender)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(reading);
        MorphTag tag = reading.Tag;
        if (tag.AllowsCase(GrammaticalCase.Nominative) && (tag.Number & number) != 0 && Agrees(tag.Gender, gender))
        {
            return form;
        }

        string lower = form.ToLower(CultureInfo.InvariantCulture);
        string lemma = reading.Lemma;
        if (Confirms(lemma, reading, number, gender))
        {
            return lemma;
        }

        // Several nominatives may be confirmed ("Polacy" and the honorific "Polakowie"): the shortest is the plain one.
        string? best = null;
        foreach (string stemSource in (string[])[lower, lemma.ToLower(CultureInfo.InvariantCulture), form, lemma])
        {
            for (int cut = 0; cut <= Math.Min(4, stemSource.Length - 1); cut++)
            {
                string stem = stemSource[..^cut];
                foreach (string ending in _endings)
                {
                    if (best is not null && stem.Length + ending.Length >= best.Length)
                    {
                        continue;
                    }

                    string candidate = stem + ending;
                    if (candidate != form && Confirms(candidate, reading, number, gender))
                    {
                        best = candidate;
                    }
                }
            }
        }

        return best;
    }

    private bool Confirms(string candidate, Analysis reading, GrammaticalNumber number, GrammaticalGender gender)
    {
        ReadingBuffer buffer = _buffer ??= new ReadingBuffer();
        buffer.Clear();
        _lexicon.Analyze(candidate, buffer);
        for (int i = 0; i < buffer.Count; i++)
        {
            MorphTag tag = buffer.Tag(i);
            if (tag.Flexeme == reading.Tag.Flexeme && tag.AllowsCase(GrammaticalCase.Nominative) && (tag.Number & number) != 0
                && Agrees(tag.Gender, gender) && buffer.Lemma(i).SequenceEqual(reading.Lemma) && SameDegree(tag, reading.Tag))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameDegree(MorphTag candidate, MorphTag reading) =>
        candidate.PartOfSpeech != PartOfSpeech.Adjective || candidate.Degree == reading.Degree;

    /// <summary>True when <paramref name="have"/> allows one of <paramref name="want"/> (or either says nothing).</summary>
    public static bool Agrees(GrammaticalGender have, GrammaticalGender want) => have == GrammaticalGender.None || want == GrammaticalGender.None || (have & want) != 0;
}

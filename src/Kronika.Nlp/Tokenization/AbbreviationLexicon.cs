using System.Collections.Frozen;
using System.Globalization;
using Kronika.Core;

namespace Kronika.Nlp.Tokenization;

/// <summary>The abbreviations of one language (or a union of several), read from a validated data file;
/// shared by the <see cref="Tokenizer"/>, which keeps their period inside the token, and the sentence splitter,
/// which asks whether one may close a sentence.</summary>
/// <remarks>Immutable; safe from many threads. Forms are matched exactly, or with the first letter lowered
/// ("Np." as "np.", but not "W." as "w.": one capital and a period is an initial); a form stored without a final period ("dr", "mln") also matches when a text adds one ("dr.").</remarks>
public sealed class AbbreviationLexicon
{
    /// <summary>Longest form, in UTF-16 code units, the tokenizer looks ahead for ("Lt.Gov." is 7).</summary>
    public const int MaxFormLength = 16;

    private readonly FrozenDictionary<string, bool> _canEnd;
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationLexicon(Dictionary<string, bool> canEnd)
    {
        _canEnd = canEnd.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _canEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every form in the lexicon with whether it may end a sentence, for tests and reports.</summary>
    public IReadOnlyDictionary<string, bool> Forms => _canEnd;

    /// <summary>Reads an embedded data file of this assembly ("Tokenization/Data/abbreviations.pl.tsv").</summary>
    /// <exception cref="InvalidDataException">When the resource is missing or a line is malformed; the message names the file and line.</exception>
    public static AbbreviationLexicon FromResource(string resourceName)
    {
        return Parse(DataFiles.ReadEmbedded(typeof(AbbreviationLexicon).Assembly, resourceName), resourceName);
    }

    /// <summary>The lexicon of language <paramref name="code"/> ("pl", "en") from the embedded data.</summary>
    /// <exception cref="InvalidDataException">When no data file exists for the language or it is malformed.</exception>
    public static AbbreviationLexicon ForLanguage(string code) => FromResource($"Tokenization/Data/abbreviations.{code}.tsv");

    /// <summary>Parses the TSV format described in the data files' headers.</summary>
    /// <param name="content">The whole file.</param>
    /// <param name="fileName">Named in error messages.</param>
    /// <exception cref="InvalidDataException">On a malformed or duplicate line, naming <paramref name="fileName"/> and the line number.</exception>
    public static AbbreviationLexicon Parse(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var forms = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (DataLine entry in DataFiles.Lines(content, fileName))
        {
            (string line, string where, string[] columns) = (entry.Text, entry.Where, entry.Columns);
            if (columns.Length != 2)
            {
                throw new InvalidDataException($"{where}: expected 2 TAB-separated columns (form, can_end), found {columns.Length}: '{line}'.");
            }

            string form = columns[0];
            if (form.Length == 0 || form.Length > MaxFormLength || form.Any(char.IsWhiteSpace) || !char.IsLetter(form[0]))
            {
                throw new InvalidDataException($"{where}: form '{form}' must start with a letter, hold no white space and be at most {MaxFormLength} characters.");
            }

            foreach (char c in form)
            {
                if (!char.IsLetter(c) && c != '.')
                {
                    throw new InvalidDataException($"{where}: form '{form}' may hold only letters and periods.");
                }
            }

            bool canEnd = columns[1] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new InvalidDataException($"{where}: can_end must be 'yes' or 'no', found '{columns[1]}'."),
            };

            if (!forms.TryAdd(form, canEnd))
            {
                throw new InvalidDataException($"{where}: form '{form}' is listed twice.");
            }
        }

        if (forms.Count == 0)
        {
            throw new InvalidDataException($"{fileName}: no abbreviations found.");
        }

        return new AbbreviationLexicon(forms);
    }

    /// <summary>The union of several lexicons, for text whose language has no list of its own.</summary>
    /// <remarks>When two lists disagree on can_end, "yes" wins: a missed break costs less than a wrong one only
    /// for titles, and union text is rare enough that either choice is a guess.</remarks>
    public static AbbreviationLexicon Union(IEnumerable<AbbreviationLexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var forms = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (AbbreviationLexicon lexicon in lexicons)
        {
            foreach ((string form, bool canEnd) in lexicon._canEnd)
            {
                forms[form] = canEnd || (forms.TryGetValue(form, out bool other) && other);
            }
        }

        return new AbbreviationLexicon(forms);
    }

    /// <summary>Whether <paramref name="candidate"/> (letters and periods, ending in a period) is an abbreviation;
    /// <paramref name="canEnd"/> then says whether it may close a sentence.</summary>
    public bool TryMatch(ReadOnlySpan<char> candidate, out bool canEnd)
    {
        canEnd = false;
        if (candidate.IsEmpty || candidate.Length > MaxFormLength)
        {
            return false;
        }

        if (_lookup.TryGetValue(candidate, out canEnd))
        {
            return true;
        }

        Span<char> lowered = stackalloc char[MaxFormLength];
        candidate.CopyTo(lowered);
        lowered = lowered[..candidate.Length];
        // One capital letter and a period is an initial ("W. Kowalski"), not the sentence-initial form of "w.".
        if (char.IsUpper(lowered[0]) && candidate.Length > 2)
        {
            lowered[0] = char.ToLower(lowered[0], CultureInfo.InvariantCulture);
            if (_lookup.TryGetValue(lowered, out canEnd))
            {
                return true;
            }
        }

        // "dr." and "mln." where the list holds the period-less Polish form.
        return lowered.Length > 1 && lowered[^1] == '.' && lowered[..^1].IndexOf('.') < 0
            && (_lookup.TryGetValue(candidate[..^1], out canEnd) || _lookup.TryGetValue(lowered[..^1], out canEnd));
    }
}

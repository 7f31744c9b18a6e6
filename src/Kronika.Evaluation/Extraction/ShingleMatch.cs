using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kronika.Evaluation.Extraction;

/// <summary>How well one page's extracted text matches its gold text, by the measure of the Zyte article-extraction
/// benchmark (<c>evaluate.py</c> of scrapinghub/article-extraction-benchmark @4a3bc979, reimplemented, not copied):
/// word tokens, shingles of <see cref="ShingleSize"/> consecutive tokens counted as a multiset, true positives, false
/// positives and false negatives divided by their sum so that a long page weighs no more than a short one.</summary>
/// <param name="TruePositives">Shingles in both texts (the smaller of the two counts of each), as a share of all three counts.</param>
/// <param name="FalsePositives">Shingles only the extraction has (count beyond the gold's), as a share.</param>
/// <param name="FalseNegatives">Shingles only the gold has (count beyond the extraction's), as a share.</param>
/// <param name="Exact">The two texts have the same token sequence (the benchmark's "accuracy").</param>
/// <remarks>The three shares sum to 1, or are all 0 when neither text has a word token.</remarks>
public readonly record struct ShingleMatch(double TruePositives, double FalsePositives, double FalseNegatives, bool Exact)
{
    /// <summary>Tokens per shingle (the benchmark's <c>ngram_n</c>).</summary>
    public const int ShingleSize = 4;

    /// <summary>The extraction produced at least one shingle; only such pages count towards mean precision.</summary>
    public bool HasExtraction => TruePositives + FalsePositives > 0;

    /// <summary>The gold has at least one shingle; only such pages count towards mean recall.</summary>
    public bool HasGold => TruePositives + FalseNegatives > 0;

    /// <summary>The page's precision: 1 when nothing is false, 0 when nothing was extracted, else TP / (TP + FP).</summary>
    public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalsePositives == 0 ? 0
        : TruePositives / (TruePositives + FalsePositives);

    /// <summary>The page's recall: 1 when nothing is false, 0 when the gold is empty, else TP / (TP + FN).</summary>
    public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalseNegatives == 0 ? 0
        : TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Matches <paramref name="extracted"/> against <paramref name="gold"/>.</summary>
    public static ShingleMatch Of(string gold, string extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extracted);
        List<string> goldTokens = Tokens(gold);
        List<string> extractedTokens = Tokens(extracted);
        Dictionary<string, int> goldShingles = Shingles(goldTokens);
        Dictionary<string, int> extractedShingles = Shingles(extractedTokens);

        long tp = 0;
        long fp = 0;
        long fn = 0;
        foreach ((string shingle, int goldCount) in goldShingles)
        {
            int extractedCount = extractedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(goldCount, extractedCount);
            fn += Math.Max(0, goldCount - extractedCount);
        }

        foreach ((string shingle, int extractedCount) in extractedShingles)
        {
            fp += Math.Max(0, extractedCount - goldShingles.GetValueOrDefault(shingle));
        }

        bool exact = goldTokens.SequenceEqual(extractedTokens, StringComparer.Ordinal);
        long sum = tp + fp + fn;
        return sum == 0 ? new ShingleMatch(0, 0, 0, exact) : new ShingleMatch((double)tp / sum, (double)fp / sum, (double)fn / sum, exact);
    }

    /// <summary>The word tokens of <paramref name="text"/>: maximal runs of word characters, case kept.</summary>
    /// <remarks>A word character is what Python's <c>\w</c> matches in a str pattern: a letter (Lu, Ll, Lt, Lm, Lo), a
    /// number (Nd, Nl, No) or "_". Not .NET's <c>\w</c>, which also takes combining marks (Mn) and connector
    /// punctuation (Pc) and leaves out Nl and No: a decomposed "ï" splits a word here, as it does in the benchmark.
    /// Code points, not UTF-16 units, are classified, so a letter outside the BMP is a word character.</remarks>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        int start = -1;
        int index = 0;
        while (index < text.Length)
        {
            bool word;
            int width;
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out Rune rune, out width) == OperationStatus.Done)
            {
                word = IsWordCharacter(rune);
            }
            else
            {
                // A lone surrogate is no word character (category Cs).
                word = false;
                width = 1;
            }

            if (word && start < 0)
            {
                start = index;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }

            index += width;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>The shingles of <paramref name="tokens"/> with their counts, keyed by the tokens joined with a space.</summary>
    /// <remarks>As the benchmark's <c>_ngrams</c>: every run of <see cref="ShingleSize"/> consecutive tokens; a text of
    /// 1 to 3 tokens is one shorter shingle of all of them; a text with no token has none.</remarks>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var shingle = new StringBuilder();
        int starts = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (int start = 0; start < starts && start < tokens.Count; start++)
        {
            shingle.Clear();
            for (int i = start; i < start + ShingleSize && i < tokens.Count; i++)
            {
                shingle.Append(i == start ? "" : " ").Append(tokens[i]);
            }

            string key = shingle.ToString();
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>Python's <c>str.isalnum() or c == "_"</c>, by Unicode general category.</summary>
    private static bool IsWordCharacter(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}

using System.Text;

namespace Kronika.Knowledge.Transliteration;

/// <summary>A coarse matching key that joins one name across Cyrillic, Polish and English spellings: Песков, Pieskow
/// and Peskov all give "pskv"; Лукашенко, Łukaszenka and Lukashenko give "lkšnk".</summary>
/// <remarks>Each word becomes its consonant skeleton. Sounds that the spellings write differently map to one symbol
/// (ш/sz/sh → š, ж/ż/zh → ž, ч/cz/ch(English) → č, щ/szcz/shch → šč, х/ch(Polish)/kh → x, ц/c(Polish)/ts → c,
/// в/w/v → v, г/g/h → g); vowels, j/y glides, soft and hard signs and apostrophes drop out, because that is where the
/// transcriptions disagree (Pieskow/Peskov, Łukaszenka/Lukashenko, Zelenskyy/Zełenski); a word that starts with a
/// vowel keeps one leading "a" so that Ivanov and Vanov differ; doubled consonants collapse. Latin "ch", "c" and "j"
/// read differently in Polish and English, so Latin text needs its language. The key is lossy by design: it finds
/// candidates, and a caller confirms them (role, country, date). Stateless; safe from many threads.</remarks>
public static class NameSkeleton
{
    private const char Vowel = 'a';
    private static readonly System.Buffers.SearchValues<char> _polishLetters = System.Buffers.SearchValues.Create("ąćęłńóśźż");

    /// <summary>The skeleton of <paramref name="name"/>, words separated by one space.</summary>
    /// <param name="name">A name in Cyrillic or Latin script, in any case.</param>
    /// <param name="language">"pl" or "en" for how Latin letters read; null guesses Polish when the name holds a Polish
    /// letter (ą ć ę ł ń ó ś ź ż) or sz, cz, rz, w, and English otherwise. Cyrillic letters read the same either way.</param>
    public static string Of(string name, string? language = null)
    {
        string lower = name.ToLowerInvariant();
        bool polish = language is null ? LooksPolish(lower) : string.Equals(language, "pl", StringComparison.Ordinal);
        var key = new StringBuilder(lower.Length);
        var word = new StringBuilder(16);
        int i = 0;
        while (i <= lower.Length)
        {
            if (i == lower.Length || !(char.IsLetter(lower[i]) || lower[i] is '\'' or '\u2019' or '\u02bc'))
            {
                Flush(word, key);
                i++;
                continue;
            }

            i += Symbol(lower, i, polish, word);
        }

        return key.ToString();
    }

    /// <summary>True when both names have the same skeleton.</summary>
    public static bool Same(string a, string? languageA, string b, string? languageB) =>
        string.Equals(Of(a, languageA), Of(b, languageB), StringComparison.Ordinal);

    private static bool LooksPolish(string lower) =>
        lower.AsSpan().IndexOfAny(_polishLetters) >= 0
        || lower.Contains("sz", StringComparison.Ordinal) || lower.Contains("cz", StringComparison.Ordinal)
        || lower.Contains("rz", StringComparison.Ordinal) || lower.Contains('w', StringComparison.Ordinal);

    // Appends the symbols of the letters at text[i] and returns how many characters they took.
    private static int Symbol(string text, int i, bool polish, StringBuilder word)
    {
        ReadOnlySpan<char> rest = text.AsSpan(i);
        char c = text[i];
        if (CyrillicTransliterator.IsCyrillic(c))
        {
            word.Append(c switch
            {
                'б' => "b",
                'в' => "v",
                'г' or 'ґ' => "g",
                'д' => "d",
                'ж' => "ž",
                'з' => "z",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'ф' => "f",
                'х' => "x",
                'ц' => "c",
                'ч' => "č",
                'ш' => "š",
                'щ' => "šč",
                _ => "a",
            });
            return 1;
        }

        if (polish)
        {
            if (rest.StartsWith("szcz", StringComparison.Ordinal))
            {
                word.Append("šč");
                return 4;
            }

            (string symbol, int length) = rest switch
            {
                ['s', 'z', ..] => ("š", 2),
                ['c', 'z', ..] => ("č", 2),
                ['c', 'h', ..] => ("x", 2),
                ['d', 'ż', ..] => ("dž", 2),
                ['ż', ..] => ("ž", 1),
                ['ź', ..] => ("z", 1),
                ['ś', ..] => ("s", 1),
                ['ć', ..] => ("c", 1),
                ['ń', ..] => ("n", 1),
                ['ł', ..] => ("l", 1),
                ['w', ..] => ("v", 1),
                ['h', ..] => ("g", 1),
                ['q', ..] => ("k", 1),
                ['x', ..] => ("ks", 1),
                _ => (Latin(c), 1),
            };
            word.Append(symbol);
            return length;
        }

        if (rest.StartsWith("shch", StringComparison.Ordinal) || rest.StartsWith("tsch", StringComparison.Ordinal))
        {
            word.Append(rest[0] == 's' ? "šč" : "č");
            return 4;
        }

        (string english, int taken) = rest switch
        {
            ['s', 'c', 'h', ..] => ("š", 3),
            ['s', 'h', ..] => ("š", 2),
            ['z', 'h', ..] => ("ž", 2),
            ['k', 'h', ..] => ("x", 2),
            ['c', 'h', ..] => ("č", 2),
            ['t', 's', ..] or ['t', 'z', ..] => ("c", 2),
            ['p', 'h', ..] => ("f", 2),
            ['t', 'h', ..] => ("t", 2),
            ['c', 'k', ..] => ("k", 2),
            ['c', ..] or ['q', ..] => ("k", 1),
            ['x', ..] => ("ks", 1),
            ['w', ..] => ("v", 1),
            ['h', ..] => ("g", 1),
            _ => (Latin(c), 1),
        };
        word.Append(english);
        return taken;
    }

    // Letters that read alike in both languages; vowels, j, y, apostrophes and any other letter stand as a vowel.
    private static string Latin(char c)
    {
        string folded = NameFolding.Fold(c.ToString());
        char plain = folded.Length == 1 ? folded[0] : c;
        return plain is 'b' or 'c' or 'd' or 'f' or 'g' or 'k' or 'l' or 'm' or 'n' or 'p' or 'r' or 's' or 't' or 'v' or 'z'
            ? plain.ToString()
            : Vowel.ToString();
    }

    // A word's symbols become its skeleton: vowels dropped except one at the start, repeats collapsed.
    private static void Flush(StringBuilder word, StringBuilder key)
    {
        if (word.Length == 0)
        {
            return;
        }

        int wordStart = key.Length;
        if (key.Length > 0)
        {
            key.Append(' ');
            wordStart++;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char symbol = word[i];
            if (symbol == Vowel && (i > 0 || key.Length > wordStart))
            {
                continue;
            }

            if (key.Length > wordStart && key[^1] == symbol)
            {
                continue;
            }

            key.Append(symbol);
        }

        word.Clear();
    }
}

using System.Text;

namespace Kronika.Knowledge.Transliteration;

/// <summary>Cyrillic (Russian, Ukrainian, Belarusian) to Polish and to English, for personal and place names.</summary>
/// <remarks>
/// <para>Polish follows the Polish practical transcription as PWN's spelling dictionary gives it ("Zasady pisowni i
/// interpunkcji", the sections on transcribing Russian, Ukrainian and Belarusian): в→w, ж→ż, х→ch, ч→cz, ш→sz,
/// щ→szcz; л→ł, but l before the soft vowels and ь (ля→la, ле→le); е, я, ю, ё → je, ja, ju, jo at the start of a
/// word and after a vowel, ъ, ь or an apostrophe, ie, ia, iu, io after other consonants, and e, a, u, o after ж, ш,
/// ч, щ, ц; ь→ś, ź, ń, ć after с, з, н, ц, dropped elsewhere; и→y after ж, ш, ц (Russian) and always in Ukrainian;
/// Ukrainian and Belarusian г→h. Surnames keep the Polish press forms -ski/-cki for -ский/-ський/-цкий and -y for
/// Russian -ый and Ukrainian -ий (Nawalny, Załużny).</para>
/// <para>English follows the forms English-language news uses: for Russian BGN/PCGN without diacritics and with
/// the common simplifications (-ий/-ый → -y, й → i after a vowel before a consonant or at the end after е and а:
/// Dmitry, Navalny, Shoigu, Sergei); for Ukrainian the national system of 2010 (Cabinet of Ministers resolution
/// 55: г→h, и→y, і→i, ї→yi/i, є→ye/ie, ю→yu/iu, я→ya/ia, with the word-initial forms); for Belarusian the same
/// shape with ў→u (Tsikhanouskaya).</para>
/// <para>Names whose conventional spelling the rules do not give (Łukaszenka, Kliczko, Klitschko, Kijów) come from
/// <c>Data/transliteration.tsv</c>, looked up word by word before the rules. Non-Cyrillic characters pass through
/// unchanged. Stateless; safe from many threads.</para>
/// </remarks>
public static class CyrillicTransliterator
{
    private static readonly Lazy<Dictionary<string, (string Polish, string English)>> _conventional = new(LoadConventional);

    /// <summary>True when <paramref name="text"/> holds at least one Cyrillic letter.</summary>
    public static bool HasCyrillic(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsCyrillic(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Guesses the language from letters only one language has: ў → Belarusian; ї, є, ґ → Ukrainian; і with ы
    /// or э → Belarusian, і alone → Ukrainian; otherwise Russian.</summary>
    public static CyrillicLanguage Detect(ReadOnlySpan<char> text)
    {
        bool i = false, yery = false, e = false;
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ў': return CyrillicLanguage.Belarusian;
                case 'ї' or 'є' or 'ґ': return CyrillicLanguage.Ukrainian;
                case 'і': i = true; break;
                case 'ы': yery = true; break;
                case 'э': e = true; break;
                default: break;
            }
        }

        return i ? (yery || e ? CyrillicLanguage.Belarusian : CyrillicLanguage.Ukrainian) : CyrillicLanguage.Russian;
    }

    /// <summary>The Polish transcription ("Песков" → "Pieskow", "Зеленський" → "Zełenski").</summary>
    public static string ToPolish(string text, CyrillicLanguage language = CyrillicLanguage.Auto) =>
        Transliterate(text, language, polish: true);

    /// <summary>The English transliteration ("Песков" → "Peskov", "Зеленський" → "Zelensky").</summary>
    public static string ToEnglish(string text, CyrillicLanguage language = CyrillicLanguage.Auto) =>
        Transliterate(text, language, polish: false);

    internal static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04ff';

    private static bool IsWordChar(char c) => IsCyrillic(c) || c is '\'' or '\u2019' or '\u02bc';

    private static string Transliterate(string text, CyrillicLanguage language, bool polish)
    {
        if (!HasCyrillic(text))
        {
            return text;
        }

        if (language == CyrillicLanguage.Auto)
        {
            language = Detect(text);
        }

        var builder = new StringBuilder(text.Length + 8);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsCyrillic(text[i]))
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            // An apostrophe at the end belongs to the punctuation, not the word.
            int end = i;
            while (end > start + 1 && !IsCyrillic(text[end - 1]))
            {
                end--;
            }

            string word = text[start..end];
            builder.Append(Word(word, language, polish));
            builder.Append(text, end, i - end);
        }

        return builder.ToString();
    }

    private static string Word(string word, CyrillicLanguage language, bool polish)
    {
        string lower = word.ToLowerInvariant();
        string result = _conventional.Value.TryGetValue(lower, out (string Polish, string English) known)
            ? (polish ? known.Polish : known.English)
            : polish ? PolishWord(lower, language) : EnglishWord(lower, language);
        return ApplyCase(word, result);
    }

    // An all-capital word of two or more letters stays in capitals (ТАСС → TASS); otherwise the first letter's case.
    private static string ApplyCase(string word, string result)
    {
        if (result.Length == 0)
        {
            return result;
        }

        int letters = 0, upper = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        if (letters > 1 && upper == letters)
        {
            return result.ToUpperInvariant();
        }

        return char.IsUpper(word[0]) ? string.Concat(result[..1].ToUpperInvariant(), result.AsSpan(1)) : result;
    }

    private static bool IsVowel(char c, CyrillicLanguage language) => language switch
    {
        CyrillicLanguage.Ukrainian => "аеєиіїоуюя".Contains(c, StringComparison.Ordinal),
        CyrillicLanguage.Belarusian => "аеёіоуыэюяў".Contains(c, StringComparison.Ordinal),
        _ => "аеёиоуыэюя".Contains(c, StringComparison.Ordinal),
    };

    // Whether a vowel letter carries its own j- sound after a consonant (я, ю, ё, є, ї always; е in Russian and
    // Belarusian, where it softens the consonant, not in Ukrainian, where it is a plain e).
    private static bool IsSoftVowel(char c, CyrillicLanguage language) => c switch
    {
        'я' or 'ю' or 'ё' or 'є' or 'ї' => true,
        'е' => language != CyrillicLanguage.Ukrainian,
        'и' => language == CyrillicLanguage.Russian,
        'і' => true,
        _ => false,
    };

    // A position where an iotated vowel starts a syllable of its own: the word's start, after a vowel, ъ, ь or an apostrophe.
    private static bool StartsSyllable(string word, int i, CyrillicLanguage language)
    {
        if (i == 0)
        {
            return true;
        }

        char previous = word[i - 1];
        return previous is 'ъ' or 'ь' or '\'' or '\u2019' or '\u02bc' or 'й' || IsVowel(previous, language);
    }

    private static string PolishWord(string word, CyrillicLanguage language)
    {
        // Press forms of surname endings (see the remarks): -ский/-ський → -ski, -цкий/-цький → -cki, -ый → -y,
        // Ukrainian -ий → -y; Russian -кий/-гий/-хий → -ki/-gi/-chi.
        string suffix = "";
        if (word.Length > 5 && (word.EndsWith("ская", StringComparison.Ordinal) || word.EndsWith("цкая", StringComparison.Ordinal)
            || word.EndsWith("ська", StringComparison.Ordinal) || word.EndsWith("цька", StringComparison.Ordinal)))
        {
            // Feminine surnames take the Polish form: Политковская → Politkowska, Ціханоўская → Cichanouska.
            suffix = "ka";
            word = word[..^3];
        }
        else if (language == CyrillicLanguage.Ukrainian && (word.EndsWith("ський", StringComparison.Ordinal) || word.EndsWith("цький", StringComparison.Ordinal)))
        {
            suffix = "ki";
            word = word[..^4];
        }
        else if (language == CyrillicLanguage.Ukrainian && word.Length > 3 && word.EndsWith("ий", StringComparison.Ordinal))
        {
            suffix = "y";
            word = word[..^2];
        }
        else if (language == CyrillicLanguage.Russian && word.Length > 3 && word.EndsWith("ий", StringComparison.Ordinal) && "кгх".Contains(word[^3], StringComparison.Ordinal))
        {
            suffix = "i";
            word = word[..^2];
        }
        else if (language == CyrillicLanguage.Russian && word.Length > 3 && word.EndsWith("ый", StringComparison.Ordinal))
        {
            suffix = "y";
            word = word[..^2];
        }

        var builder = new StringBuilder(word.Length + 4);
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char next = i + 1 < word.Length ? word[i + 1] : '\0';
            // Ukrainian ж and ц soften before я, ю, є (Запоріжжя → Zaporiżżia, Вінниця → Winnycia); Russian and Belarusian ones do not.
            bool hardSibilantBefore = i > 0 && (language == CyrillicLanguage.Ukrainian ? "шчщ" : "жшчщц").Contains(word[i - 1], StringComparison.Ordinal);
            bool afterL = i > 0 && word[i - 1] == 'л';
            switch (c)
            {
                case 'а': builder.Append('a'); break;
                case 'б': builder.Append('b'); break;
                case 'в': builder.Append('w'); break;
                case 'г': builder.Append(language == CyrillicLanguage.Russian ? 'g' : 'h'); break;
                case 'ґ': builder.Append('g'); break;
                case 'д': builder.Append('d'); break;
                case 'ж': builder.Append('ż'); break;
                case 'з': builder.Append(next == 'ь' && !IsNextVowel(word, i + 1, language) ? "ź" : "z"); break;
                case 'й': builder.Append('j'); break;
                case 'к': builder.Append('k'); break;
                case 'л': builder.Append(next == 'ь' || IsSoftVowel(next, language) ? 'l' : 'ł'); break;
                case 'м': builder.Append('m'); break;
                case 'н': builder.Append(next == 'ь' && !IsNextVowel(word, i + 1, language) ? "ń" : "n"); break;
                case 'о': builder.Append('o'); break;
                case 'п': builder.Append('p'); break;
                case 'р': builder.Append('r'); break;
                case 'с': builder.Append(next == 'ь' && !IsNextVowel(word, i + 1, language) ? "ś" : "s"); break;
                case 'т': builder.Append('t'); break;
                case 'у': builder.Append('u'); break;
                case 'ў': builder.Append('u'); break;
                case 'ф': builder.Append('f'); break;
                case 'х': builder.Append("ch"); break;
                case 'ц': builder.Append(next == 'ь' && !IsNextVowel(word, i + 1, language) ? "ć" : "c"); break;
                case 'ч': builder.Append("cz"); break;
                case 'ш': builder.Append("sz"); break;
                case 'щ': builder.Append("szcz"); break;
                case 'ъ' or 'ь' or '\'' or '\u2019' or '\u02bc': break;
                case 'ы': builder.Append('y'); break;
                case 'э': builder.Append('e'); break;
                case 'и' when language == CyrillicLanguage.Ukrainian: builder.Append('y'); break;
                case 'и':
                    builder.Append(i > 0 && word[i - 1] == 'ь' ? "ji" : i > 0 && "жшц".Contains(word[i - 1], StringComparison.Ordinal) ? "y" : "i");
                    break;
                case 'і': builder.Append(i > 0 && word[i - 1] is 'ь' or '\'' or '\u2019' or '\u02bc' ? "ji" : "i"); break;
                case 'ї': builder.Append("ji"); break;
                case 'е' when language == CyrillicLanguage.Ukrainian: builder.Append('e'); break;
                case 'е' or 'є' or 'я' or 'ю' or 'ё':
                    {
                        char vowel = c switch { 'я' => 'a', 'ю' => 'u', 'ё' => 'o', _ => 'e' };
                        if (StartsSyllable(word, i, language))
                        {
                            builder.Append('j').Append(vowel);
                        }
                        else if (afterL || hardSibilantBefore)
                        {
                            builder.Append(vowel);
                        }
                        else
                        {
                            builder.Append('i').Append(vowel);
                        }

                        break;
                    }

                default: builder.Append(c); break;
            }
        }

        return builder.Append(suffix).ToString();
    }

    private static bool IsNextVowel(string word, int softSign, CyrillicLanguage language) =>
        softSign + 1 < word.Length && IsVowel(word[softSign + 1], language);

    private static string EnglishWord(string word, CyrillicLanguage language)
    {
        string suffix = "";
        if (language == CyrillicLanguage.Russian && word.Length > 3 && (word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ый", StringComparison.Ordinal)))
        {
            suffix = "y";
            word = word[..^2];
        }

        var builder = new StringBuilder(word.Length + 6);
        bool ukrainian = language == CyrillicLanguage.Ukrainian;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char next = i + 1 < word.Length ? word[i + 1] : '\0';
            // KMU 2010 writes the y- forms at the start of a word only (Україна → Ukraina, not Ukrayina).
            bool initial = ukrainian ? i == 0 : StartsSyllable(word, i, language);
            switch (c)
            {
                case 'а': builder.Append('a'); break;
                case 'б': builder.Append('b'); break;
                case 'в': builder.Append('v'); break;
                case 'г': builder.Append(language == CyrillicLanguage.Russian ? 'g' : 'h'); break;
                case 'ґ': builder.Append('g'); break;
                case 'д': builder.Append('d'); break;
                case 'ж': builder.Append("zh"); break;
                // KMU 2010: зг is zgh, so that it does not read as zh.
                case 'з': builder.Append(ukrainian && next == 'г' ? "zg" : "z"); break;
                case 'й':
                    {
                        bool afterVowel = i > 0 && IsVowel(word[i - 1], language);
                        bool beforeConsonant = next != '\0' && !IsVowel(next, language);
                        bool finalAfterEOrA = next == '\0' && i > 0 && word[i - 1] is 'е' or 'а';
                        builder.Append(ukrainian ? (i == 0 ? "y" : "i") : afterVowel && (beforeConsonant || finalAfterEOrA) ? "i" : "y");
                        break;
                    }

                case 'к': builder.Append('k'); break;
                case 'л': builder.Append('l'); break;
                case 'м': builder.Append('m'); break;
                case 'н': builder.Append('n'); break;
                case 'о': builder.Append('o'); break;
                case 'п': builder.Append('p'); break;
                case 'р': builder.Append('r'); break;
                case 'с': builder.Append('s'); break;
                case 'т': builder.Append('t'); break;
                case 'у': builder.Append('u'); break;
                case 'ў': builder.Append('u'); break;
                case 'ф': builder.Append('f'); break;
                case 'х': builder.Append("kh"); break;
                case 'ц': builder.Append("ts"); break;
                case 'ч': builder.Append("ch"); break;
                case 'ш': builder.Append("sh"); break;
                case 'щ': builder.Append("shch"); break;
                case 'ъ' or 'ь' or '\'' or '\u2019' or '\u02bc': break;
                case 'ы': builder.Append('y'); break;
                case 'э': builder.Append('e'); break;
                case 'и': builder.Append(ukrainian ? "y" : i > 0 && word[i - 1] == 'ь' ? "yi" : "i"); break;
                case 'і': builder.Append('i'); break;
                case 'ї': builder.Append(initial ? "yi" : "i"); break;
                case 'е' when ukrainian: builder.Append('e'); break;
                case 'е' when language == CyrillicLanguage.Russian: builder.Append(initial ? "ye" : "e"); break;
                case 'е' or 'є' or 'я' or 'ю' or 'ё':
                    {
                        char vowel = c switch { 'я' => 'a', 'ю' => 'u', 'ё' => 'o', _ => 'e' };
                        bool russian = language == CyrillicLanguage.Russian;
                        if (initial)
                        {
                            builder.Append('y').Append(vowel);
                        }
                        else if (russian && c == 'ё' && i > 0 && "жчшщ".Contains(word[i - 1], StringComparison.Ordinal))
                        {
                            builder.Append('e');
                        }
                        else if (russian)
                        {
                            builder.Append('y').Append(vowel);
                        }
                        else
                        {
                            builder.Append('i').Append(vowel);
                        }

                        break;
                    }

                default: builder.Append(c); break;
            }
        }

        return builder.Append(suffix).ToString();
    }

    private static Dictionary<string, (string Polish, string English)> LoadConventional()
    {
        TsvTable table = TsvTable.ReadResource("transliteration.tsv");
        int cyrillic = table.Column("cyrillic"), polish = table.Column("pl"), english = table.Column("en");
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (TsvRow row in table.Rows)
        {
            map[row[cyrillic].ToLowerInvariant()] = (row[polish].ToLowerInvariant(), row[english].ToLowerInvariant());
        }

        return map;
    }
}

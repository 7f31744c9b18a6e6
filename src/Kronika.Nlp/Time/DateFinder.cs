using System.Buffers;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Time;

/// <summary>Finds the date expressions of a Polish or English sentence: whole dates ("15 września 2023", "15.09.2023 r.",
/// "2023-09-15", "September 15, 2023"), days of a month ("15 września", "on Sept. 15"), months ("we wrześniu", "w marcu
/// 2019", "in March"), years ("w 2022 roku", "in 2022") and dates relative to publication ("wczoraj", "w środę",
/// "w ubiegły piątek", "w zeszłym tygodniu", "przed tygodniem", "trzy dni temu", "last week", "next month").</summary>
/// <remarks>Reads tokens and the calendar words of <see cref="CalendarWords"/>; where a word is not listed, the
/// morphology's chosen lemma ("wrześniem" → "wrzesień") is tried for months, weekdays, modifiers and units. Numbers that
/// make no date ("32 września", "99.99.9999") give none. A month, weekday or bare year alone is a date only with a word
/// that makes it one ("we wrześniu", "w środę", "in 2022"): "maja" alone may be a name, "May" a verb. Immutable; thread-safe.</remarks>
public sealed class DateFinder
{
    private const CalendarRole LemmaRoles = CalendarRole.Month | CalendarRole.Weekday | CalendarRole.Modifier | CalendarRole.Unit;

    private static readonly Lazy<DateFinder> _default = new(() => new DateFinder(CalendarWords.LoadDefault()));

    private readonly CalendarWords _words;

    /// <summary>A finder over <paramref name="words"/>.</summary>
    public DateFinder(CalendarWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
    }

    /// <summary>A finder over the embedded calendar words, made on first use.</summary>
    public static DateFinder Default => _default.Value;

    /// <summary>The date expressions of sentence <paramref name="sentence"/>, in text order; none for a language
    /// without calendar words.</summary>
    public IReadOnlyList<DateExpression> Find(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        Sentence span = document.Sentences[sentence];
        if (document.Language is not { } language || !_words.Has(language))
        {
            return [];
        }

        // Each token is looked up once; the matchers then read the cache (they look at a token several times).
        CalendarWord[] cache = ArrayPool<CalendarWord>.Shared.Rent(span.EndToken - span.FirstToken);
        try
        {
            bool any = false;
            for (int token = span.FirstToken; token < span.EndToken; token++)
            {
                CalendarWord word = Lookup(document, language, token);
                cache[token - span.FirstToken] = word;
                any |= word.Roles != CalendarRole.None || document.Tokens[token].Kind == TokenKind.Number;
            }

            return (any ? Scan(document, language, span, cache) : null) ?? (IReadOnlyList<DateExpression>)[];
        }
        finally
        {
            ArrayPool<CalendarWord>.Shared.Return(cache);
        }
    }

    private static List<DateExpression>? Scan(Document document, string language, Sentence span, CalendarWord[] cache)
    {
        var reader = new Reader(document, language, cache, span.FirstToken, span.EndToken);
        List<DateExpression>? found = null;
        int token = span.FirstToken;
        int free = span.FirstToken;
        while (token < span.EndToken)
        {
            if (reader.Match(token, out DateExpression expression, out int end))
            {
                int start = token > free && reader.Has(token - 1, CalendarRole.Preposition) ? token - 1 : token;
                (found ??= []).Add(expression with { Span = new TextSpan(document.Tokens[start].Span.Start, document.Tokens[end - 1].Span.End) });
                token = free = end;
            }
            else
            {
                // A number that looked like a date and was not one (99.99.9999) is skipped whole.
                token = Math.Max(token + 1, end);
            }
        }

        return found;
    }

    /// <summary>The calendar word <paramref name="token"/> is, by its form or else by its chosen reading's base form
    /// ("wrześniem" → "wrzesień"; only for months, weekdays, modifiers and units); no roles when it is none.</summary>
    private CalendarWord Lookup(Document document, string language, int token)
    {
        Token current = document.Tokens[token];
        if (current.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return default;
        }

        if (_words.TryGet(language, document.Text.AsSpan(current.Span.Start, current.Span.Length), out CalendarWord word))
        {
            return word;
        }

        if (!document.Morphology.IsEmpty && document.Morphology[token].Best is { } reading
            && _words.TryGet(language, reading.Lemma, out CalendarWord byLemma) && (byLemma.Roles & LemmaRoles) != 0)
        {
            return byLemma with { Roles = byLemma.Roles & LemmaRoles, Plural = byLemma.Plural || reading.Tag.Number == GrammaticalNumber.Plural };
        }

        return default;
    }

    /// <summary>Reads the tokens of one sentence.</summary>
    private readonly ref struct Reader(Document document, string language, CalendarWord[] words, int first, int end)
    {
        private readonly Document _document = document;
        private readonly string _language = language;
        private readonly CalendarWord[] _words = words;
        private readonly int _first = first;
        private readonly int _end = end;

        private bool English => _language == "en";

        /// <summary>The expression that starts at <paramref name="token"/>; <paramref name="next"/> is the token after it
        /// (or after a date-like number that made no date).</summary>
        public bool Match(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            if (Kind(token) == TokenKind.Number && NumericDate(token, out expression, out next))
            {
                return true;
            }

            if (next > token + 1)
            {
                return false;
            }

            // A matcher that read a date-shaped run and found no real day (29 lutego 2023) skips the run: nothing else
            // may read part of it as a date.
            return Try(DayAndMonth(token, out expression, out next), token, next)
                ?? Try(Year(token, out expression, out next), token, next)
                ?? Try(Counted(token, out expression, out next), token, next)
                ?? Try(Modified(token, out expression, out next), token, next)
                ?? Try(MonthFirst(token, out expression, out next), token, next)
                ?? Try(Weekday(token, out expression, out next), token, next)
                ?? RelativeDay(token, out expression, out next);
        }

        private static bool? Try(bool matched, int token, int next) => matched || next > token + 1 ? matched : null;

        public bool Has(int token, CalendarRole role) => Word(token, out CalendarWord word) && word.Is(role);

        /// <summary>"15.09.2023", "2023-09-15", written as one token or as digits and separators that touch.</summary>
        private bool NumericDate(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            Span<char> buffer = stackalloc char[16];
            int length = 0;
            int last = token;
            for (int index = token; index < _end && index < token + 5; index++)
            {
                ReadOnlySpan<char> text = Text(index);
                bool joins = index == token || _document.Tokens[index - 1].Span.End == _document.Tokens[index].Span.Start;
                bool fits = Kind(index) == TokenKind.Number || (text.Length == 1 && text[0] is '.' or '-' or '/');
                if (!joins || !fits || length + text.Length > buffer.Length)
                {
                    break;
                }

                text.CopyTo(buffer[length..]);
                length += text.Length;
                last = index;
            }

            ReadOnlySpan<char> compound = buffer[..length].TrimEnd('.');
            if (compound.IndexOfAny('.', '-', '/') < 0)
            {
                return false;
            }

            // Only a date-shaped compound is skipped whole when it is no date; "3,5" or "15:30" are left alone.
            if (!DateShape(compound, out int year, out int month, out int day))
            {
                return false;
            }

            next = last + 1;
            if (!Valid(year, month, day))
            {
                return false;
            }

            next = AfterYearWord(next);
            expression = new DateExpression(default, DateForm.FullDate, year, month, day, 0, DateModifier.None);
            return true;
        }

        /// <summary>"15 września [2023] [r.]", "15 Sept. 2023", "15th of September", "15-16 września", "15 marca ub.r.".</summary>
        private bool DayAndMonth(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            if (!DayNumber(token, out int day) && !DayRange(token, out day))
            {
                return false;
            }

            int at = token + 1;
            if (at + 1 < _end && Text(at) is "-" or "–" or "—" && DayNumber(at + 1, out _))
            {
                at += 2;
            }

            if (English && at < _end && Text(at).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                at++;
            }

            if (!MonthAt(at, CalendarRole.Month | CalendarRole.MonthAbbreviation | CalendarRole.MonthRoman, out int month, out bool roman))
            {
                return false;
            }

            at = SkipPeriod(at + 1);
            if (FourDigits(at, out int year) && year is >= 1000 and < 3000)
            {
                next = AfterYearWord(at + 1);
                if (Valid(year, month, day))
                {
                    expression = new DateExpression(default, DateForm.FullDate, year, month, day, 0, DateModifier.None);
                    return true;
                }

                return false;
            }

            next = at;
            if (roman || !Valid(2000, month, day))
            {
                return false;
            }

            int years = YearOffset(at, out next);
            expression = years == int.MinValue
                ? new DateExpression(default, DateForm.DayMonth, 0, month, day, 0, DateModifier.None)
                : new DateExpression(default, DateForm.DayMonth, 0, month, day, years, DateModifier.This);
            return true;
        }

        /// <summary>"September 15, 2023", "Sept. 15", "w marcu 2019", "marca ubiegłego roku", "in March", "last March".</summary>
        private bool MonthFirst(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            bool modified = Word(token, out CalendarWord lead) && lead.Is(CalendarRole.Modifier) && English;
            int at = modified ? token + 1 : token;
            if (!MonthAt(at, CalendarRole.Month | CalendarRole.MonthAbbreviation, out int month, out _))
            {
                return false;
            }

            bool full = Has(at, CalendarRole.Month);
            int after = SkipPeriod(at + 1);
            if (English && !modified && DayNumber(after, out int day))
            {
                int comma = after + 1 < _end && Text(after + 1) is "," ? after + 2 : after + 1;
                if (FourDigits(comma, out int year) && year is >= 1000 and < 3000)
                {
                    next = comma + 1;
                    if (!Valid(year, month, day))
                    {
                        return false;
                    }

                    expression = new DateExpression(default, DateForm.FullDate, year, month, day, 0, DateModifier.None);
                    return true;
                }

                next = after + 1;
                int years = YearOffset(next, out int yearEnd);
                if (!Valid(2000, month, day))
                {
                    return false;
                }

                expression = years == int.MinValue
                    ? new DateExpression(default, DateForm.DayMonth, 0, month, day, 0, DateModifier.None)
                    : new DateExpression(default, DateForm.DayMonth, 0, month, day, years, DateModifier.This);
                next = years == int.MinValue ? next : yearEnd;
                return true;
            }

            if (!full)
            {
                return false;
            }

            if (FourDigits(after, out int monthYear) && monthYear is >= 1000 and < 3000)
            {
                next = AfterYearWord(after + 1);
                expression = new DateExpression(default, DateForm.MonthYear, monthYear, month, 0, 0, DateModifier.None);
                return true;
            }

            int offset = YearOffset(after, out int offsetEnd);
            if (offset != int.MinValue)
            {
                next = offsetEnd;
                expression = new DateExpression(default, DateForm.Month, 0, month, 0, offset, DateModifier.This);
                return true;
            }

            if (!modified && (at == _first || !Has(at - 1, CalendarRole.Lead)))
            {
                return false;
            }

            next = at + 1;
            expression = new DateExpression(default, DateForm.Month, 0, month, 0, 0, modified ? lead.Modifier : DateModifier.None);
            return true;
        }

        /// <summary>"w 2022 roku", "2022 r.", "in 2022".</summary>
        private bool Year(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            if (!FourDigits(token, out int year) || year is < 1000 or >= 3000)
            {
                return false;
            }

            int after = AfterYearWord(token + 1);
            bool lead = token > _first && Has(token - 1, CalendarRole.Lead) && year is >= 1900 and <= 2100
                && (token + 1 >= _end || Kind(token + 1) is TokenKind.Punctuation || Has(token + 1, CalendarRole.YearFollow));
            if (after == token + 1 && !lead)
            {
                return false;
            }

            next = after;
            expression = new DateExpression(default, DateForm.Year, year, 0, 0, 0, DateModifier.None);
            return true;
        }

        /// <summary>"trzy dni temu", "tydzień temu", "przed tygodniem", "przed dwoma dniami", "za miesiąc", "two days ago", "in a week".</summary>
        private bool Counted(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            int sign = 0;
            int at = token;
            if (Has(token, CalendarRole.Before))
            {
                (sign, at) = (-1, token + 1);
            }
            else if (Has(token, CalendarRole.After))
            {
                (sign, at) = (1, token + 1);
            }

            int count = 1;
            if (at < _end && (SmallNumber(at, out count) || (Word(at, out CalendarWord number) && number.Is(CalendarRole.Count) && (count = number.Count) > 0)))
            {
                at++;
            }
            else
            {
                count = 1;
            }

            if (!Word(at, out CalendarWord unit) || !unit.Is(CalendarRole.Unit) || (at == token && sign == 0 && !Has(at + 1, CalendarRole.Ago)))
            {
                return false;
            }

            if (sign == 0)
            {
                if (!Has(at + 1, CalendarRole.Ago))
                {
                    return false;
                }

                (sign, at) = (-1, at + 1);
            }
            else if (at + 1 < _end && Kind(at + 1) == TokenKind.Number)
            {
                // "za rok 2022" is "for the year 2022", not "in a year".
                return false;
            }

            next = at + 1;
            expression = unit.Unit switch
            {
                DateUnit.Day => new DateExpression(default, DateForm.RelativeDay, 0, 0, 0, sign * count, DateModifier.None),
                DateUnit.Week => new DateExpression(default, DateForm.RelativeDay, 0, 0, 0, sign * count * 7, DateModifier.None),
                DateUnit.Month => new DateExpression(default, DateForm.RelativeMonth, 0, 0, 0, sign * count, DateModifier.None),
                _ => new DateExpression(default, DateForm.RelativeYear, 0, 0, 0, sign * count, DateModifier.None),
            };
            return true;
        }

        /// <summary>"w zeszłym tygodniu", "w tym roku", "ubiegłego roku", "next month"; "w ubiegły piątek", "last Friday".</summary>
        private bool Modified(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            if (!Word(token, out CalendarWord modifier) || !modifier.Is(CalendarRole.Modifier) || !Word(token + 1, out CalendarWord word))
            {
                return false;
            }

            int offset = modifier.Modifier switch { DateModifier.Last => -1, DateModifier.This => 0, _ => 1 };
            if (word.Is(CalendarRole.Weekday) && (!English || Capitalised(token + 1)))
            {
                next = token + 2;
                expression = new DateExpression(default, DateForm.Weekday, 0, 0, word.Weekday, 0, modifier.Modifier);
                return true;
            }

            if (!word.Is(CalendarRole.Unit) || word.Unit == DateUnit.Day || word.Plural)
            {
                return false;
            }

            next = token + 2;
            expression = new DateExpression(default, word.Unit switch { DateUnit.Week => DateForm.RelativeWeek, DateUnit.Month => DateForm.RelativeMonth, _ => DateForm.RelativeYear }, 0, 0, 0, offset, modifier.Modifier);
            return true;
        }

        /// <summary>"w środę", "we wtorek", "on Wednesday", "Wednesday".</summary>
        private bool Weekday(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            if (!Word(token, out CalendarWord word) || !word.Is(CalendarRole.Weekday))
            {
                return false;
            }

            bool placed = English ? Capitalised(token) : token > _first && Has(token - 1, CalendarRole.Preposition);
            if (!placed)
            {
                return false;
            }

            expression = new DateExpression(default, DateForm.Weekday, 0, 0, word.Weekday, 0, DateModifier.None);
            return true;
        }

        /// <summary>"wczoraj", "dziś", "yesterday".</summary>
        private bool RelativeDay(int token, out DateExpression expression, out int next)
        {
            expression = default;
            next = token + 1;
            if (!Word(token, out CalendarWord word) || !word.Is(CalendarRole.Day))
            {
                return false;
            }

            expression = new DateExpression(default, DateForm.RelativeDay, 0, 0, 0, word.Days, DateModifier.None);
            return true;
        }

        /// <summary>Years from publication that follow a day or month ("ub.r.", "ubiegłego roku", "last year"), or
        /// <see cref="int.MinValue"/> when none follow.</summary>
        private int YearOffset(int token, out int next)
        {
            next = token;
            if (Word(token, out CalendarWord word) && word.Is(CalendarRole.ThisYear))
            {
                next = token + 1;
                return word.Years;
            }

            if (word.Is(CalendarRole.Modifier) && Word(token + 1, out CalendarWord unit) && unit.Is(CalendarRole.Unit) && unit.Unit == DateUnit.Year)
            {
                next = token + 2;
                return word.Modifier switch { DateModifier.Last => -1, DateModifier.This => 0, _ => 1 };
            }

            return int.MinValue;
        }

        private int AfterYearWord(int token)
        {
            if (token < _end && Has(token, CalendarRole.YearWord) && (_language != "en"))
            {
                return SkipPeriod(token + 1);
            }

            return token;
        }

        /// <summary>The token after a lone period that ends an abbreviation the tokenizer did not join ("r" ".").</summary>
        private int SkipPeriod(int token) =>
            token < _end && Text(token) is "." && token > _first && _document.Tokens[token - 1].Span.End == _document.Tokens[token].Span.Start && token + 1 < _end ? token + 1 : token;

        private bool MonthAt(int token, CalendarRole roles, out int month, out bool roman)
        {
            month = 0;
            roman = false;
            if (!Word(token, out CalendarWord word) || (word.Roles & roles) == 0 || word.Month == 0)
            {
                return false;
            }

            // English month names and abbreviations are capitalised; "may" and "march" in lower case are not months.
            if (English && !Capitalised(token))
            {
                return false;
            }

            roman = !word.Is(CalendarRole.Month | CalendarRole.MonthAbbreviation);
            if (roman && !(FourDigits(SkipPeriod(token + 1), out int year) && year is >= 1000 and < 3000))
            {
                return false;
            }

            month = word.Month;
            return true;
        }

        private bool DayNumber(int token, out int day)
        {
            day = 0;
            if (token >= _end)
            {
                return false;
            }

            ReadOnlySpan<char> text = Text(token);
            if (English && Kind(token) == TokenKind.Word && text.Length is 3 or 4 && text[^2..].ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th")
            {
                text = text[..^2];
            }
            else if (Kind(token) != TokenKind.Number)
            {
                return false;
            }

            return text.Length is 1 or 2 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
        }

        /// <summary>"14-15" as one token: the first day of a range.</summary>
        private bool DayRange(int token, out int day)
        {
            day = 0;
            ReadOnlySpan<char> text = Text(token);
            int dash = text.IndexOfAny('-', '–');
            return Kind(token) == TokenKind.Number && dash is 1 or 2 && text.Length - dash - 1 is 1 or 2 && Digits(text[..dash]) && Digits(text[(dash + 1)..])
                && (day = Parse(text[..dash])) is >= 1 and <= 31 && Parse(text[(dash + 1)..]) is >= 1 and <= 31;
        }

        private bool SmallNumber(int token, out int number)
        {
            number = 0;
            ReadOnlySpan<char> text = Text(token);
            return Kind(token) == TokenKind.Number && text.Length is 1 or 2
                && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) && number > 0;
        }

        private bool FourDigits(int token, out int number)
        {
            number = 0;
            return token < _end && Kind(token) == TokenKind.Number && Text(token).Length == 4
                && int.TryParse(Text(token), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number);
        }

        private bool Capitalised(int token) => token < _end && char.IsUpper(Text(token)[0]);

        private TokenKind Kind(int token) => _document.Tokens[token].Kind;

        private ReadOnlySpan<char> Text(int token) => _document.Text.AsSpan(_document.Tokens[token].Span.Start, _document.Tokens[token].Span.Length);

        private bool Word(int token, out CalendarWord word)
        {
            word = token >= _first && token < _end ? _words[token - _first] : default;
            return word.Roles != CalendarRole.None;
        }

        private static bool DateShape(ReadOnlySpan<char> compound, out int year, out int month, out int day)
        {
            year = month = day = 0;
            Span<Range> parts = stackalloc Range[4];
            char separator = compound[compound.IndexOfAny('.', '-', '/')];
            if (compound.Split(parts, separator) != 3)
            {
                return false;
            }

            ReadOnlySpan<char> a = compound[parts[0]], b = compound[parts[1]], c = compound[parts[2]];
            if (!Digits(a) || !Digits(b) || !Digits(c))
            {
                return false;
            }

            // "2023-09-15" (ISO) or "15.09.2023", "15-09-2023" (day first, as Polish writes it); slashes are left out, since
            // American "09/10/2023" and British "09/10/2023" are different days.
            if (a.Length == 4 && b.Length is 1 or 2 && c.Length is 1 or 2 && separator == '-')
            {
                (year, month, day) = (Parse(a), Parse(b), Parse(c));
                return true;
            }

            if (a.Length is 1 or 2 && b.Length is 1 or 2 && c.Length == 4 && separator != '/')
            {
                (day, month, year) = (Parse(a), Parse(b), Parse(c));
                return true;
            }

            return false;
        }

        private static bool Digits(ReadOnlySpan<char> text) => text.Length is > 0 and <= 4 && !text.ContainsAnyExceptInRange('0', '9');

        private static int Parse(ReadOnlySpan<char> text) => int.Parse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);

        private static bool Valid(int year, int month, int day) =>
            year is >= 1000 and < 3000 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}

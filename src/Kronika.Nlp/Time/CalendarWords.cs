using System.Collections.Frozen;
using System.Globalization;
using Kronika.Core;

namespace Kronika.Nlp.Time;

/// <summary>A modifier that places a weekday, month or period relative to the publication date.</summary>
public enum DateModifier : byte
{
    /// <summary>None given.</summary>
    None,

    /// <summary>The last one before publication ("ubiegły", "last").</summary>
    Last,

    /// <summary>The one of the publication's week, month or year ("ten", "this").</summary>
    This,

    /// <summary>The one of the following week, month or year ("przyszły", "next").</summary>
    Next,

    /// <summary>The nearest one after publication ("najbliższy", "coming").</summary>
    Coming,
}

/// <summary>A calendar unit of relative dates.</summary>
public enum DateUnit : byte
{
    /// <summary>None given.</summary>
    None,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks (Monday to Sunday).</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Calendar years.</summary>
    Year,
}

/// <summary>What a calendar word can be; one word may be several things ("roku" is a unit and marks a year).</summary>
[Flags]
public enum CalendarRole : uint
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A month name (<see cref="CalendarWord.Month"/>).</summary>
    Month = 1,

    /// <summary>A month abbreviation, a month only next to a day number.</summary>
    MonthAbbreviation = 2,

    /// <summary>A Roman numeral month, a month only between a day number and a year.</summary>
    MonthRoman = 4,

    /// <summary>A weekday (<see cref="CalendarWord.Weekday"/>).</summary>
    Weekday = 8,

    /// <summary>A day relative to publication (<see cref="CalendarWord.Days"/>).</summary>
    Day = 16,

    /// <summary>A modifier (<see cref="CalendarWord.Modifier"/>).</summary>
    Modifier = 32,

    /// <summary>A unit (<see cref="CalendarWord.Unit"/>).</summary>
    Unit = 64,

    /// <summary>Marks the number before it as a year.</summary>
    YearWord = 128,

    /// <summary>A year offset from publication (<see cref="CalendarWord.Years"/>).</summary>
    ThisYear = 256,

    /// <summary>A number word (<see cref="CalendarWord.Count"/>).</summary>
    Count = 512,

    /// <summary>"temu", "ago".</summary>
    Ago = 1024,

    /// <summary>"przed" + instrumental.</summary>
    Before = 2048,

    /// <summary>"za", "in" + a count and unit.</summary>
    After = 4096,

    /// <summary>A word that makes a following month or year a date.</summary>
    Lead = 8192,

    /// <summary>A lead word that belongs to the date's text.</summary>
    Preposition = 16384,

    /// <summary>A word that may follow a bare year after a lead word ("in 2022 and 2023", "in 2022 alone").</summary>
    YearFollow = 32768,

    /// <summary>A word that starts a new clause ("że", "który", "that", "which"), for finding the date of a trigger's clause.</summary>
    Clause = 65536,

    /// <summary>A word that makes the verb after it future ("będzie", "will").</summary>
    Future = 131072,
}

/// <summary>Everything one calendar word of one language can be.</summary>
/// <param name="Roles">What it can be.</param>
/// <param name="Month">1-12 when it names a month.</param>
/// <param name="Weekday">1-7, Monday first, when it names a weekday.</param>
/// <param name="Days">Days from publication, for a relative day.</param>
/// <param name="Modifier">The modifier it is.</param>
/// <param name="Unit">The unit it is.</param>
/// <param name="Years">Years from publication, for "br." and "ub.r.".</param>
/// <param name="Count">The number a number word stands for.</param>
/// <param name="Plural">Whether the unit is a plural form ("tygodnie", "weeks"), which a modifier does not take.</param>
public readonly record struct CalendarWord(CalendarRole Roles, int Month, int Weekday, int Days, DateModifier Modifier, DateUnit Unit, int Years, int Count, bool Plural = false)
{
    /// <summary>Whether the word can be <paramref name="role"/>.</summary>
    public bool Is(CalendarRole role) => (Roles & role) != 0;
}

/// <summary>The calendar words of Polish and English: the reviewed data file <c>Time/Data/calendar.tsv</c>.</summary>
/// <remarks>Words are keyed lower case with periods left out, and looked up from a span of the text without
/// allocating. Immutable; thread-safe.</remarks>
public sealed class CalendarWords
{
    /// <summary>The data file.</summary>
    public const string File = "Time/Data/calendar.tsv";

    private static readonly Lazy<CalendarWords> _default = new(() => Load(DataFiles.ReadEmbedded(typeof(CalendarWords).Assembly, File)));

    private readonly FrozenDictionary<string, FrozenDictionary<string, CalendarWord>> _languages;
    private readonly FrozenDictionary<string, FrozenDictionary<string, CalendarWord>.AlternateLookup<ReadOnlySpan<char>>> _lookups;

    private CalendarWords(FrozenDictionary<string, FrozenDictionary<string, CalendarWord>> languages)
    {
        _languages = languages;
        _lookups = languages.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.GetAlternateLookup<ReadOnlySpan<char>>(), StringComparer.Ordinal);
    }

    /// <summary>The languages the file has words for.</summary>
    public IEnumerable<string> Languages => _languages.Keys;

    /// <summary>Whether the file has words for <paramref name="language"/> (an ISO 639-1 code).</summary>
    public bool Has(string language) => _languages.ContainsKey(language);

    /// <summary>The calendar words of the embedded data file, loaded on first use.</summary>
    /// <exception cref="InvalidDataException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static CalendarWords LoadDefault() => _default.Value;

    /// <summary>The calendar words of <paramref name="content"/>, in the format of the embedded file.</summary>
    /// <exception cref="InvalidDataException">When a line is malformed; the message names file and line.</exception>
    public static CalendarWords Load(string content)
    {
        var languages = new Dictionary<string, Dictionary<string, CalendarWord>>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(content, File))
        {
            string[] columns = line.Columns;
            if (columns.Length != 4 || columns[0].Length != 2 || columns[1].Length == 0 || columns[1].Contains('.', StringComparison.Ordinal)
                || !string.Equals(columns[1], columns[1].ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{line.Where}: expected 'language, lower-case word without periods, kind, value'.");
            }

            Dictionary<string, CalendarWord> words = languages.TryGetValue(columns[0], out Dictionary<string, CalendarWord>? found) ? found : languages[columns[0]] = new(StringComparer.Ordinal);
            CalendarWord word = words.GetValueOrDefault(columns[1]);
            (CalendarRole role, CalendarWord added) = Parse(line, columns[2], columns[3], word);
            if (word.Is(role))
            {
                throw new InvalidDataException($"{line.Where}: '{columns[1]}' is listed as {columns[2]} twice.");
            }

            words[columns[1]] = added with { Roles = word.Roles | role };
        }

        return new CalendarWords(languages.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>The calendar word <paramref name="text"/> (any case; periods are ignored) of <paramref name="language"/>.</summary>
    public bool TryGet(string language, ReadOnlySpan<char> text, out CalendarWord word)
    {
        word = default;
        if (text.Length is 0 or > 32 || !_lookups.TryGetValue(language, out FrozenDictionary<string, CalendarWord>.AlternateLookup<ReadOnlySpan<char>> lookup))
        {
            return false;
        }

        Span<char> key = stackalloc char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            if (c != '.')
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return length > 0 && lookup.TryGetValue(key[..length], out word);
    }

    private static (CalendarRole Role, CalendarWord Word) Parse(DataLine line, string kind, string value, CalendarWord word)
    {
        switch (kind)
        {
            case "month": return (CalendarRole.Month, word with { Month = Number(line, value, 1, 12) });
            case "month-abbr": return (CalendarRole.MonthAbbreviation, word with { Month = Number(line, value, 1, 12) });
            case "month-roman": return (CalendarRole.MonthRoman, word with { Month = Number(line, value, 1, 12) });
            case "weekday": return (CalendarRole.Weekday, word with { Weekday = Number(line, value, 1, 7) });
            case "day": return (CalendarRole.Day, word with { Days = Number(line, value, -7, 7) });
            case "this-year": return (CalendarRole.ThisYear, word with { Years = Number(line, value, -1, 1) });
            case "count": return (CalendarRole.Count, word with { Count = Number(line, value, 1, 99) });
            case "modifier" when Enum.TryParse(value, ignoreCase: true, out DateModifier modifier) && modifier != DateModifier.None:
                return (CalendarRole.Modifier, word with { Modifier = modifier });
            case "unit" when Enum.TryParse(value.TrimEnd('s'), ignoreCase: true, out DateUnit unit) && unit != DateUnit.None && char.IsAsciiLetterLower(value[0]):
                return (CalendarRole.Unit, word with { Unit = unit, Plural = value.EndsWith('s') });
            case "year-word" when value == "-": return (CalendarRole.YearWord, word);
            case "ago" when value == "-": return (CalendarRole.Ago, word);
            case "before" when value == "-": return (CalendarRole.Before, word);
            case "after" when value == "-": return (CalendarRole.After, word);
            case "lead" when value == "-": return (CalendarRole.Lead, word);
            case "preposition" when value == "-": return (CalendarRole.Preposition, word);
            case "year-follow" when value == "-": return (CalendarRole.YearFollow, word);
            case "clause" when value == "-": return (CalendarRole.Clause, word);
            case "future" when value == "-": return (CalendarRole.Future, word);
            default: throw new InvalidDataException($"{line.Where}: '{kind}' with value '{value}' is not a calendar kind with a fitting value.");
        }
    }

    private static int Number(DataLine line, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) && number >= min && number <= max
            ? number
            : throw new InvalidDataException($"{line.Where}: '{value}' is not a number from {min} to {max}.");
}

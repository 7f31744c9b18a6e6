using System.Globalization;
using System.Text.RegularExpressions;

namespace Kronika.Ingest.Cleaning;

/// <summary>Reads the date after a dateline label ("15.09.2023 10:21", "15 września 2023", "September 15, 2023",
/// "2023-09-15T10:21") as ISO 8601.</summary>
/// <remarks>Day-first numeric dates, as Polish and British sites write them; a US month-first numeric date is not
/// guessed. Stateless; safe from many threads.</remarks>
internal static partial class DatelineParser
{
    // Month names in the forms datelines use: Polish genitive and nominative, English full and abbreviated.
    private static readonly Dictionary<string, int> _months = BuildMonths();

    /// <summary>The ISO date ("2023-09-15") or date-time ("2023-09-15T10:21") that <paramref name="text"/> begins with,
    /// or null when it does not begin with a valid date. Up to 24 characters may follow the date (a time zone, a note).</summary>
    public static string? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 80)
        {
            return null;
        }

        foreach (Regex pattern in (ReadOnlySpan<Regex>)[NumericDayFirst(), IsoDate(), DayMonthName(), MonthNameDay()])
        {
            Match match = pattern.Match(text);
            if (match.Success && text.Length - match.Length <= 24 && Build(match) is { } iso)
            {
                return iso;
            }
        }

        return null;
    }

    private static string? Build(Match match)
    {
        int year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["m"].Success)
        {
            month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (!_months.TryGetValue(TextFold.Fold(match.Groups["mon"].Value).TrimEnd('.'), out month))
        {
            return null;
        }

        int day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        string date = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        if (!match.Groups["h"].Success)
        {
            return date;
        }

        int hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        int minute = int.Parse(match.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? string.Create(CultureInfo.InvariantCulture, $"{date}T{hour:D2}:{minute:D2}") : date;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["stycznia", "styczen", "january", "jan"],
            ["lutego", "luty", "february", "feb"],
            ["marca", "marzec", "march", "mar"],
            ["kwietnia", "kwiecien", "april", "apr"],
            ["maja", "maj", "may"],
            ["czerwca", "czerwiec", "june", "jun"],
            ["lipca", "lipiec", "july", "jul"],
            ["sierpnia", "sierpien", "august", "aug"],
            ["wrzesnia", "wrzesien", "september", "sep", "sept"],
            ["pazdziernika", "pazdziernik", "october", "oct"],
            ["listopada", "listopad", "november", "nov"],
            ["grudnia", "grudzien", "december", "dec"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int month = 0; month < names.Length; month++)
        {
            foreach (string name in names[month])
            {
                months[name] = month + 1;
            }
        }

        return months;
    }

    private const string Weekday = @"^(?:\p{L}+,?\s+)?";
    private const string Time = @"(?:,?\s*(?:godz\.|o\s+godz\.|at|o)?\s*(?<h>\d{1,2})[:.](?<min>\d{2})\b)?";

    [GeneratedRegex(Weekday + @"(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})\b" + Time, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ,]\s*(?<h>\d{1,2}):(?<min>\d{2})\b)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IsoDate();

    [GeneratedRegex(Weekday + @"(?<d>\d{1,2})\.?\s+(?<mon>\p{L}+\.?)\s+(?<y>\d{4})\b" + Time, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(Weekday + @"(?<mon>\p{L}+\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" + Time, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MonthNameDay();
}

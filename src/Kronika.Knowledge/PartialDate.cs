using System.Globalization;

namespace Kronika.Knowledge;

/// <summary>A date known to the year, the month or the day ("2014", "2014-06", "2014-06-07"), as role dates are.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">1–12, or 0 when only the year is known.</param>
/// <param name="Day">1–31, or 0 when the day is not known.</param>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => Month == 0
        ? new DateOnly(Year, 12, 31)
        : Day == 0 ? new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)) : new DateOnly(Year, Month, Day);

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; false for anything else, an impossible day included.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        string[] parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
        {
            return false;
        }

        int month = 0;
        int day = 0;
        if (parts.Length >= 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (parts.Length == 3 && (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The date as written: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public override string ToString() => Month == 0
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}

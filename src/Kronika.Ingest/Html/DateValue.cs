using System.Globalization;
using System.Text.RegularExpressions;

namespace Kronika.Ingest.Html;

/// <summary>Reads the dates that page markup carries (ISO 8601 in its many spellings, RFC 1123, dates in URLs) into
/// one ISO 8601 form: "2024-03-11" for a day, "2024-03-11T14:30:00+01:00" for a moment.</summary>
/// <remarks>Stateless; safe from many threads.</remarks>
internal static partial class DateValue
{
    private static readonly string[] _dayFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy.MM.dd", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>The ISO 8601 form of <paramref name="text"/>, or null when it is no date or an implausible one.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string value = text.Trim();
        if (value.Length > 64)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, _dayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return Plausible(day.Year) ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }

        // "2024-03-11 14:30:00" and "2024-03-11T14:30:00.000+0100" are both common; the parser wants a T and a colon.
        Match iso = IsoDateTime().Match(value);
        if (iso.Success)
        {
            string zone = iso.Groups["zone"].Value;
            if (zone.Length == 5 && zone[0] is '+' or '-')
            {
                zone = zone[..3] + ":" + zone[3..];
            }

            value = iso.Groups["date"].Value + "T" + iso.Groups["time"].Value + zone;
            if (zone.Length == 0 && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
            {
                return Plausible(local.Year) ? local.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) : null;
            }
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset moment))
        {
            if (!Plausible(moment.Year))
            {
                return null;
            }

            bool hasTime = value.Contains(':', StringComparison.Ordinal);
            return hasTime
                ? moment.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
                : moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>The day a URL path carries ("/2019/11/19/", "/2019-11-19/", "/20191119/"), or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        Match match = UrlDate().Match(url);
        if (!match.Success)
        {
            return null;
        }

        int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int dayOfMonth = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (!Plausible(year) || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, dayOfMonth).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool Plausible(int year) => year is >= 1990 and <= 2100;

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ](?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|-|$)|/(?<y>20\d{2})(?<m>[01]\d)(?<d>[0-3]\d)/", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}

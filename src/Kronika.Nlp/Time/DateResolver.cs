using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Time;

/// <summary>Turns a date expression into a date, from the publication date where the text leaves the year or the day to it.</summary>
/// <remarks>
/// A day or month without a year takes the publication's year, unless that puts a past event more than
/// <see cref="Slack"/> after publication (then the year before: "28 grudnia" in an article of 3 January) or a future one
/// more than <see cref="Slack"/> before it (then the year after). A weekday is the nearest such day on or before
/// publication for a past event, on or after it for a future one; "ubiegły" and "najbliższy" exclude the publication day,
/// "przyszły" and "next" take the one of the following week, "this" the one of the publication's week. Weeks run Monday
/// to Sunday; a week is given as the month of its Thursday (the ISO rule), since dates have no week precision. With no
/// publication date, relative expressions are unresolved, a day or month without a year keeps a partial value
/// ("--09-15", "--09") and no anchor. Static and pure: thread-safe.
/// </remarks>
public static class DateResolver
{
    /// <summary>How far a date without a year may lie on the wrong side of publication before the year changes.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromDays(28);

    /// <summary>The publication date of <paramref name="document"/> (the date part of its ISO 8601 <c>Published</c>), or null.</summary>
    public static DateOnly? PublishedOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? published = document.Metadata.Published;
        // Years far from now are a broken carrier date, and would overflow the arithmetic at the ends of the calendar.
        return published is { Length: >= 10 } && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            && date.Year is >= 1000 and < 3000
            ? date
            : null;
    }

    /// <summary>The date <paramref name="expression"/> states, or null when it names no real day (29 February of a year
    /// without one).</summary>
    /// <param name="expression">A found expression.</param>
    /// <param name="published">The publication date, or null when unknown.</param>
    /// <param name="future">Whether the event lies after publication (planned, expected, "will"), which decides the
    /// direction of weekdays and of days and months without a year.</param>
    public static EventDate? Resolve(DateExpression expression, DateOnly? published, bool future)
    {
        TextSpan span = expression.Span;
        switch (expression.Form)
        {
            case DateForm.FullDate:
                return Day(new DateOnly(expression.Year, expression.Month, expression.Day), span, DateAnchor.Absolute);
            case DateForm.MonthYear:
                return Month(expression.Year, expression.Month, span, DateAnchor.Absolute);
            case DateForm.Year:
                return new EventDate(Year(expression.Year), DatePrecision.Year, span, DateAnchor.Absolute);
        }

        if (published is not { } anchor)
        {
            return expression.Form switch
            {
                DateForm.DayMonth when expression.Modifier == DateModifier.None =>
                    new EventDate(string.Create(CultureInfo.InvariantCulture, $"--{expression.Month:00}-{expression.Day:00}"), DatePrecision.Day, span, null),
                DateForm.Month when expression.Modifier == DateModifier.None =>
                    new EventDate(string.Create(CultureInfo.InvariantCulture, $"--{expression.Month:00}"), DatePrecision.Month, span, null),
                _ => new EventDate(null, DatePrecision.Unresolved, span, null),
            };
        }

        const DateAnchor Anchored = DateAnchor.PublicationDate;
        switch (expression.Form)
        {
            case DateForm.DayMonth:
            {
                int year = expression.Modifier == DateModifier.This ? anchor.Year + expression.Offset : YearFor(anchor, future, year => Valid(year, expression.Month, expression.Day) ? new DateOnly(year, expression.Month, expression.Day) : null);
                return Valid(year, expression.Month, expression.Day) ? Day(new DateOnly(year, expression.Month, expression.Day), span, Anchored) : null;
            }

            case DateForm.Month:
            {
                int year = expression.Modifier switch
                {
                    DateModifier.This => anchor.Year + expression.Offset,
                    DateModifier.Last => expression.Month < anchor.Month ? anchor.Year : anchor.Year - 1,
                    DateModifier.Next or DateModifier.Coming => expression.Month > anchor.Month ? anchor.Year : anchor.Year + 1,
                    _ => YearFor(anchor, future, year => new DateOnly(year, expression.Month, future ? DateTime.DaysInMonth(year, expression.Month) : 1)),
                };
                return Month(year, expression.Month, span, Anchored);
            }

            case DateForm.RelativeDay:
                return Day(anchor.AddDays(expression.Offset), span, Anchored);
            case DateForm.Weekday:
                return Day(WeekdayNear(anchor, expression.Day, expression.Modifier, future), span, Anchored);
            case DateForm.RelativeWeek:
            {
                DateOnly thursday = MondayOf(anchor).AddDays((7 * expression.Offset) + 3);
                return Month(thursday.Year, thursday.Month, span, Anchored);
            }

            case DateForm.RelativeMonth:
            {
                DateOnly month = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(expression.Offset);
                return Month(month.Year, month.Month, span, Anchored);
            }

            default:
                return new EventDate(Year(anchor.Year + expression.Offset), DatePrecision.Year, span, Anchored);
        }
    }

    /// <summary>The year to give a date without one: the publication's, or the one before (past) or after (future) when
    /// the publication's would put the date more than <see cref="Slack"/> on the wrong side.</summary>
    private static int YearFor(DateOnly published, bool future, Func<int, DateOnly?> dateIn)
    {
        int year = published.Year;
        if (dateIn(year) is not { } date)
        {
            // 29 February: the nearest leap year in the event's direction.
            for (int step = 1; step <= 8 && dateIn(year) is null; step++)
            {
                year = published.Year + (future ? step : -step);
            }

            return year;
        }

        int days = date.DayNumber - published.DayNumber;
        if (!future && days > Slack.TotalDays)
        {
            return year - 1;
        }

        if (future && -days > Slack.TotalDays)
        {
            return year + 1;
        }

        return year;
    }

    private static DateOnly WeekdayNear(DateOnly published, int weekday, DateModifier modifier, bool future)
    {
        int today = IsoWeekday(published);
        return modifier switch
        {
            DateModifier.Last => published.AddDays(-(((today - weekday + 6) % 7) + 1)),
            DateModifier.Coming => published.AddDays(((weekday - today + 6) % 7) + 1),
            DateModifier.This => MondayOf(published).AddDays(weekday - 1),
            DateModifier.Next => MondayOf(published).AddDays(7 + weekday - 1),
            _ when future => published.AddDays((weekday - today + 7) % 7),
            _ => published.AddDays(-((today - weekday + 7) % 7)),
        };
    }

    private static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(1 - IsoWeekday(date));

    private static bool Valid(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    private static EventDate Day(DateOnly date, TextSpan span, DateAnchor anchor) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, span, anchor);

    private static EventDate Month(int year, int month, TextSpan span, DateAnchor anchor) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"), DatePrecision.Month, span, anchor);

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}

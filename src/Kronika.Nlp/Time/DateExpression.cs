using Kronika.Core;

namespace Kronika.Nlp.Time;

/// <summary>What a date expression states, before it is resolved against a publication date.</summary>
public enum DateForm : byte
{
    /// <summary>A whole date (<see cref="DateExpression.Year"/>, month, day): "15 września 2023", "2023-09-15".</summary>
    FullDate,

    /// <summary>A day of a month, the year left out or relative (<see cref="DateExpression.Offset"/> years when
    /// <see cref="DateExpression.Modifier"/> is <see cref="DateModifier.This"/>): "15 września", "15 marca ub.r.".</summary>
    DayMonth,

    /// <summary>A month of a year: "w marcu 2019".</summary>
    MonthYear,

    /// <summary>A month, the year left out, or placed by <see cref="DateExpression.Modifier"/> ("last March"), or by
    /// <see cref="DateExpression.Offset"/> years ("w marcu ubiegłego roku", modifier This).</summary>
    Month,

    /// <summary>A year: "w 2022 roku".</summary>
    Year,

    /// <summary><see cref="DateExpression.Offset"/> days from publication: "wczoraj", "trzy dni temu", "przed tygodniem".</summary>
    RelativeDay,

    /// <summary>A weekday (<see cref="DateExpression.Day"/>, Monday 1) placed by <see cref="DateExpression.Modifier"/>: "w środę", "last Friday".</summary>
    Weekday,

    /// <summary><see cref="DateExpression.Offset"/> weeks from the publication's week: "w zeszłym tygodniu", "next week".</summary>
    RelativeWeek,

    /// <summary><see cref="DateExpression.Offset"/> months from the publication's month: "w przyszłym miesiącu", "miesiąc temu".</summary>
    RelativeMonth,

    /// <summary><see cref="DateExpression.Offset"/> years from the publication's year: "w tym roku", "last year", "rok temu".</summary>
    RelativeYear,
}

/// <summary>A date expression in a sentence, as the text states it.</summary>
/// <param name="Span">The words that state it, with a leading "w"/"on" ("w środę", "15 września 2023 r.").</param>
/// <param name="Form">What it states.</param>
/// <param name="Year">The year, when the text gives it.</param>
/// <param name="Month">The month (1-12), when the text gives it.</param>
/// <param name="Day">The day of the month (1-31), or the weekday (1-7, Monday first) for <see cref="DateForm.Weekday"/>.</param>
/// <param name="Offset">Days, weeks, months or years from publication, by <paramref name="Form"/>.</param>
/// <param name="Modifier">Last, this, next or coming, when the text says so.</param>
public readonly record struct DateExpression(TextSpan Span, DateForm Form, int Year, int Month, int Day, int Offset, DateModifier Modifier)
{
    /// <summary>Whether it needs a publication date to be resolved to a value with a year.</summary>
    public bool IsRelative => Form is not (DateForm.FullDate or DateForm.MonthYear or DateForm.Year);
}

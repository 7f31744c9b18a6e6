namespace Kronika.Core.Annotations;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>A day ("15 września", "wczoraj").</summary>
    Day,

    /// <summary>A month ("we wrześniu").</summary>
    Month,

    /// <summary>A year ("w 2022 roku").</summary>
    Year,

    /// <summary>The text states a date that nothing anchors ("w środę" in an article with no publication date).</summary>
    Unresolved,
}

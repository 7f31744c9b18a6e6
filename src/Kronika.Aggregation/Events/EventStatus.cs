namespace Kronika.Aggregation.Events;

/// <summary>What the reports of a canonical event say together.</summary>
public enum EventStatus
{
    /// <summary>Some source says it happened (or will), none denies it.</summary>
    Affirmed,

    /// <summary>Some sources say it happened and others deny it: a conflict kept visible, not averaged.</summary>
    Contested,

    /// <summary>Sources deny it or say it did not happen, none affirms it.</summary>
    Disputed,

    /// <summary>Only hypothetical reports.</summary>
    Hypothetical,
}

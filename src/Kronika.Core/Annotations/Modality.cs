namespace Kronika.Core.Annotations;

/// <summary>How sure the text is that an event happened (DESIGN.md, Events).</summary>
public enum Modality
{
    /// <summary>Reported as fact.</summary>
    Asserted,

    /// <summary>Known only through an actor's claim ("według Pieskowa, ...", "X said that ...").</summary>
    Reported,

    /// <summary>Intended, expected, demanded, conditional, asked about or speculated: not (yet) a fact.</summary>
    Hypothetical,

    /// <summary>Said not to have happened ("nie spotkał się", "did not meet").</summary>
    Negated,

    /// <summary>An actor denies that it happened or will happen ("zdementował pogłoski, że ...").</summary>
    Denied,
}

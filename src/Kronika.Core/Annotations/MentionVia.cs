namespace Kronika.Core.Annotations;

/// <summary>How a mention refers to its entity (kronika/1 <c>via</c>).</summary>
public enum MentionVia
{
    /// <summary>By a name of the entity ("Łukaszenka", "Łukaszence").</summary>
    Name,

    /// <summary>By another known name (an abbreviation, a former name).</summary>
    Alias,

    /// <summary>By a role phrase ("prezydent Białorusi", "rosyjski władca").</summary>
    Role,

    /// <summary>By a demonym or adjective standing for a state ("Rosjanie").</summary>
    Demonym,

    /// <summary>By a place or seat standing for an actor ("Mińsk", "Kreml").</summary>
    Metonymy,

    /// <summary>By a shorter form of a name earlier in the text (a surname alone).</summary>
    Coreference,

    /// <summary>By a pronoun.</summary>
    Pronoun,
}

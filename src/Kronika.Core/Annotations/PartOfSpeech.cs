namespace Kronika.Core.Annotations;

/// <summary>A coarse part of speech, shared by every language's tagset; the fine tag stays in <see cref="MorphTag.Text"/>.</summary>
public enum PartOfSpeech
{
    /// <summary>Not known or not a word (punctuation, numbers written in digits, symbols).</summary>
    Other = 0,

    /// <summary>A noun, common or proper.</summary>
    Noun,

    /// <summary>An adjective, including adjectival participles and ordinal adjectives.</summary>
    Adjective,

    /// <summary>A verb form of any kind, including gerunds and adverbial participles.</summary>
    Verb,

    /// <summary>An adverb.</summary>
    Adverb,

    /// <summary>A numeral written as a word.</summary>
    Numeral,

    /// <summary>A pronoun.</summary>
    Pronoun,

    /// <summary>A preposition.</summary>
    Preposition,

    /// <summary>A conjunction or complementiser.</summary>
    Conjunction,

    /// <summary>A particle, an interjection, or another uninflected word.</summary>
    Particle,

    /// <summary>An abbreviation or acronym.</summary>
    Abbreviation,
}

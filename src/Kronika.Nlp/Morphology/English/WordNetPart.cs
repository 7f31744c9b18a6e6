namespace Kronika.Nlp.Morphology.English;

/// <summary>WordNet's parts of speech, in the order of its files.</summary>
public enum WordNetPart
{
    /// <summary>Nouns (<c>index.noun</c>, <c>noun.exc</c>).</summary>
    Noun,

    /// <summary>Verbs.</summary>
    Verb,

    /// <summary>Adjectives.</summary>
    Adjective,

    /// <summary>Adverbs.</summary>
    Adverb,
}

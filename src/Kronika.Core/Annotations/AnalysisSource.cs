namespace Kronika.Core.Annotations;

/// <summary>Where an <see cref="Analysis"/> came from.</summary>
public enum AnalysisSource : byte
{
    /// <summary>The morphological dictionary, for the form as written.</summary>
    Dictionary,

    /// <summary>The dictionary, for the form with its casing changed (sentence-initial capital, ALL CAPS).</summary>
    DictionaryRecased,

    /// <summary>The guesser, from suffix rules learned from the dictionary's paradigms.</summary>
    Guesser,

    /// <summary>Rules and lists of irregular forms (English).</summary>
    Rules,

    /// <summary>Nothing knew the form; the lemma is the form itself.</summary>
    Identity,
}

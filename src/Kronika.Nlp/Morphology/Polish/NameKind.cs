namespace Kronika.Nlp.Morphology.Polish;

/// <summary>What a name names, as far as its base form cares: people's names inflect as persons, places' do not.</summary>
public enum NameKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A person: nouns read as masculine personal or feminine, singular ("Trun" the man, not the village "Truny").</summary>
    Person,

    /// <summary>A place or facility: nouns read as anything but masculine personal.</summary>
    Place,

    /// <summary>An organisation, group or institution.</summary>
    Organisation,

    /// <summary>An adjective derived from a name ("polskiego", "Europejskiej"): its base form is the dictionary's lemma.</summary>
    Adjective,
}

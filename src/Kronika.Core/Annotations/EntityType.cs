namespace Kronika.Core.Annotations;

/// <summary>Kinds of entities, in the ACE convention the kronika/1 contract uses.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Per,

    /// <summary>An organisation: a government body, party, company, agency, armed group.</summary>
    Org,

    /// <summary>A geopolitical entity: a state, region or city, which can act.</summary>
    Gpe,

    /// <summary>A place that does not act: a mountain, sea, river, region of the world (and any place not yet told apart from a GPE).</summary>
    Loc,

    /// <summary>A facility: a building, airport, port, bridge.</summary>
    Fac,

    /// <summary>A named event ("Brexit", "szczyt NATO w Wilnie").</summary>
    Evt,

    /// <summary>A product or work: a law, a document, a vaccine, a newspaper title.</summary>
    Pro,
}

namespace Kronika.Nlp.Events.Ontology;

/// <summary>The four classes event data is often summed into: cooperation or conflict, in words or in deeds.</summary>
public enum QuadClass
{
    /// <summary>Cooperation in words (AGREE, CONSULT, SUPPORT, CONCEDE, REQUEST).</summary>
    VerbalCooperation,

    /// <summary>Cooperation in deeds (COOPERATE, AID, RETREAT, INVESTIGATE).</summary>
    MaterialCooperation,

    /// <summary>Conflict in words (DEMAND, DISAPPROVE, REJECT, THREATEN, SANCTION).</summary>
    VerbalConflict,

    /// <summary>Conflict in deeds (PROTEST, MOBILIZE, COERCE, ASSAULT, FIGHT).</summary>
    MaterialConflict,
}

namespace Kronika.Storage.Layers;

/// <summary>The four quad classes of event types, numbered as GDELT numbers them: verbal and material cooperation,
/// verbal and material conflict.</summary>
/// <remarks>AGREE, CONSULT, SUPPORT, CONCEDE talk; COOPERATE, AID, RETREAT, INVESTIGATE act; DEMAND, DISAPPROVE, REJECT,
/// THREATEN, SANCTION and Kronika's REQUEST talk against (a sanction is mostly announced, and counted with the demands);
/// PROTEST, MOBILIZE, COERCE, ASSAULT, FIGHT act against.</remarks>
public static class QuadClass
{
    /// <summary>Talk that cooperates.</summary>
    public const int VerbalCooperation = 1;

    /// <summary>Acts that cooperate.</summary>
    public const int MaterialCooperation = 2;

    /// <summary>Talk against.</summary>
    public const int VerbalConflict = 3;

    /// <summary>Acts against.</summary>
    public const int MaterialConflict = 4;

    /// <summary>The quad class of an event type, or null for a type outside PLOVER and REQUEST.</summary>
    public static int? Of(string type) => type switch
    {
        "AGREE" or "CONSULT" or "SUPPORT" or "CONCEDE" => VerbalCooperation,
        "COOPERATE" or "AID" or "RETREAT" or "INVESTIGATE" => MaterialCooperation,
        "DEMAND" or "DISAPPROVE" or "REJECT" or "THREATEN" or "SANCTION" or "REQUEST" => VerbalConflict,
        "PROTEST" or "MOBILIZE" or "COERCE" or "ASSAULT" or "FIGHT" => MaterialConflict,
        _ => null,
    };

    /// <summary>The snake_case name of a quad class ("verbal_cooperation"), as the API and exports write it.</summary>
    public static string NameOf(int quadClass) => quadClass switch
    {
        VerbalCooperation => "verbal_cooperation",
        MaterialCooperation => "material_cooperation",
        VerbalConflict => "verbal_conflict",
        MaterialConflict => "material_conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(quadClass), quadClass, "A quad class is 1 to 4."),
    };
}

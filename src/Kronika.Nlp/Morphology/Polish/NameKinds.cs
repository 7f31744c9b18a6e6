namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Maps entity types to <see cref="NameKind"/>.</summary>
public static class NameKinds
{
    /// <summary>The kind for an entity type: Kronika's and SlavicNER's PER, ORG, GPE, LOC, FAC, EVT, PRO, or KPWr's
    /// categories (<c>nam_liv_person</c>, <c>nam_loc_gpe_city</c>, <c>nam_org_company</c>, <c>nam_adj</c>...).</summary>
    public static NameKind Of(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            "PER" => NameKind.Person,
            "GPE" or "LOC" or "FAC" => NameKind.Place,
            "ORG" => NameKind.Organisation,
            _ when type.StartsWith("nam_liv", StringComparison.Ordinal) => NameKind.Person,
            _ when type.StartsWith("nam_loc", StringComparison.Ordinal) || type.StartsWith("nam_fac", StringComparison.Ordinal) => NameKind.Place,
            _ when type.StartsWith("nam_org", StringComparison.Ordinal) => NameKind.Organisation,
            _ when type.StartsWith("nam_adj", StringComparison.Ordinal) => NameKind.Adjective,
            _ => NameKind.Unknown,
        };
    }
}

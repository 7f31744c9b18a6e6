namespace Kronika.Knowledge;

/// <summary>What a knowledge-base record is.</summary>
public enum EntityKind
{
    /// <summary>A state or dependent territory (ISO 3166-1).</summary>
    Country,

    /// <summary>A capital or a city of at least 100,000 inhabitants (GeoNames).</summary>
    City,

    /// <summary>An international organisation, bloc, armed or political group, news agency or outlet.</summary>
    Organization,

    /// <summary>A person who makes political news.</summary>
    Person,

    /// <summary>A building or street that stands for a government or body in news (the Kremlin, the White House).</summary>
    Seat,
}

/// <summary>How a name names its entity; linking uses it to say <c>via</c> and to weigh a match.</summary>
public enum NameRole
{
    /// <summary>The preferred name in its language.</summary>
    Preferred,

    /// <summary>The official (long) name.</summary>
    Official,

    /// <summary>Another name or spelling in common use.</summary>
    Alias,

    /// <summary>An abbreviation or acronym ("ONZ", "NATO", "USA").</summary>
    Abbreviation,

    /// <summary>The Polish or English adjective of a country ("rosyjski", "Russian"), masculine singular base form.</summary>
    Adjective,

    /// <summary>A demonym ("Rosjanin", "Rosjanie", "Russian").</summary>
    Demonym,

    /// <summary>The name in its own script (Cyrillic for Russian, Ukrainian and Belarusian people).</summary>
    Native,

    /// <summary>A person's surname alone ("Pieskow", "Peskov"), which news uses after the first mention.</summary>
    Surname,
}

/// <summary>One name of an entity.</summary>
/// <param name="Text">The name as written, in its base form (nominative singular, or plural for a plural demonym).</param>
/// <param name="Language">ISO 639-1 code ("pl", "en", "ru", "uk", "be"), or "" when the name is the same in every language.</param>
/// <param name="Role">How the name names the entity.</param>
public readonly record struct EntityName(string Text, string Language, NameRole Role);

/// <summary>A point on the WGS 84 ellipsoid, in decimal degrees.</summary>
/// <param name="Latitude">Degrees north, in [-90, 90].</param>
/// <param name="Longitude">Degrees east, in [-180, 180].</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>True when both coordinates lie in their ranges.</summary>
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>The great-circle distance to <paramref name="other"/> in kilometres (haversine, mean Earth radius).</summary>
    public double DistanceKm(GeoPoint other)
    {
        const double Radius = 6371.0088;
        double dLat = double.DegreesToRadians(other.Latitude - Latitude);
        double dLon = double.DegreesToRadians(other.Longitude - Longitude);
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(Latitude)) * Math.Cos(double.DegreesToRadians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * Radius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

/// <summary>A record of the knowledge base. Immutable; safe from many threads.</summary>
public abstract class KnowledgeEntity
{
    /// <summary>The stable key ("country/POL", "city/756135", "org/nato", "person/putin-vladimir"); the output contract
    /// writes it as <c>kb:</c> + key.</summary>
    public required string Id { get; init; }

    /// <summary>What the record is.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>The English name (the contract's <c>name</c>).</summary>
    public required string NameEn { get; init; }

    /// <summary>The Polish name, in its base form; "" when the record has none.</summary>
    public required string NamePl { get; init; }

    /// <summary>Every name (the two above included), by language and role.</summary>
    public required IReadOnlyList<EntityName> Names { get; init; }

    /// <summary>A Wikidata Q-id, or null: set only where it is certain.</summary>
    public string? Wikidata { get; init; }

    /// <summary>Where the facts come from (a package and version, or "curated" with the reviewer's basis).</summary>
    public required string Source { get; init; }

    /// <summary>The month (YYYY-MM) the record is known to hold at.</summary>
    public required string AsOf { get; init; }

    /// <summary>The data file and line the record came from ("people.tsv:12").</summary>
    public required string Origin { get; init; }
}

/// <summary>Whether a country is a sovereign state, and how recognised.</summary>
public enum CountryStatus
{
    /// <summary>A member of the United Nations.</summary>
    UnMember,

    /// <summary>A UN observer state (the Holy See, Palestine).</summary>
    UnObserver,

    /// <summary>A state of limited recognition (Taiwan, Kosovo).</summary>
    LimitedRecognition,

    /// <summary>A dependent territory, or an area with no government of its own (Antarctica).</summary>
    Territory,
}

/// <summary>A state or dependent territory.</summary>
public sealed class Country : KnowledgeEntity
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Country;

    /// <summary>ISO 3166-1 alpha-2 ("PL"); "XK" for Kosovo, a code ISO leaves to users.</summary>
    public required string Alpha2 { get; init; }

    /// <summary>ISO 3166-1 alpha-3 ("POL"), as the output contract's <c>country</c>.</summary>
    public required string Alpha3 { get; init; }

    /// <summary>ISO 3166-1 numeric ("616"); "" for a user-assigned code.</summary>
    public required string Numeric { get; init; }

    /// <summary>Sovereign, observer, partly recognised or dependent.</summary>
    public required CountryStatus Status { get; init; }

    /// <summary>For a territory, the alpha-2 code of the state it belongs to; else "".</summary>
    public required string Sovereign { get; init; }

    /// <summary>The Polish adjective, masculine singular ("rosyjski"); "" when none is in use.</summary>
    public required string AdjectivePl { get; init; }

    /// <summary>The Polish demonym, masculine singular ("Rosjanin"); "" when none is in use.</summary>
    public required string DemonymPl { get; init; }

    /// <summary>The Polish demonym, plural ("Rosjanie"); "" when none is in use.</summary>
    public required string DemonymPlPlural { get; init; }

    /// <summary>The English adjective ("Russian").</summary>
    public required string AdjectiveEn { get; init; }

    /// <summary>The English demonym, singular ("Russian", "Briton").</summary>
    public required string DemonymEn { get; init; }

    /// <summary>The capital's English name; "" for territories without one.</summary>
    public required string CapitalEn { get; init; }

    /// <summary>The capital's Polish name; "" for territories without one.</summary>
    public required string CapitalPl { get; init; }

    /// <summary>The capital's coordinates, or the territory's centre where it has no capital.</summary>
    public required GeoPoint Location { get; init; }
}

/// <summary>A capital or large city.</summary>
public sealed class City : KnowledgeEntity
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.City;

    /// <summary>The GeoNames id.</summary>
    public required long GeonameId { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of its country (GeoNames' country code; "XK" for Kosovo).</summary>
    public required string CountryAlpha2 { get; init; }

    /// <summary>GeoNames' admin1 code (the first-level division).</summary>
    public required string Admin1 { get; init; }

    /// <summary>GeoNames' feature code: PPLC for a capital, PPLA for a first-level seat, PPL…</summary>
    public required string Feature { get; init; }

    /// <summary>The population GeoNames gives.</summary>
    public required long Population { get; init; }

    /// <summary>The city's coordinates.</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>True for a national capital (feature code PPLC).</summary>
    public bool IsCapital => Feature == "PPLC";
}

/// <summary>What an organisation is.</summary>
public enum OrganizationType
{
    /// <summary>An intergovernmental organisation or one of its agencies (UN, WHO, IAEA).</summary>
    Intergovernmental,

    /// <summary>An alliance, bloc or forum of states (NATO, EU, BRICS, G7).</summary>
    Bloc,

    /// <summary>An international court or tribunal (ICC, ICJ).</summary>
    Court,

    /// <summary>An armed group (Wagner Group, ISIS, the Taliban as an insurgency).</summary>
    ArmedGroup,

    /// <summary>A political movement or party that makes international news (Hamas, Hezbollah).</summary>
    PoliticalGroup,

    /// <summary>A news agency (PAP, Reuters, TASS).</summary>
    NewsAgency,

    /// <summary>A broadcaster, newspaper or news site (BBC, TVN24).</summary>
    Outlet,

    /// <summary>A government body that makes news under its own name (the Kremlin as an institution is a place: not here).</summary>
    GovernmentBody,
}

/// <summary>An organisation, bloc, group, agency or outlet.</summary>
public sealed class Organization : KnowledgeEntity
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Organization;

    /// <summary>What it is.</summary>
    public required OrganizationType Type { get; init; }

    /// <summary>The alpha-3 code of its home country (agencies, outlets, groups), or "" for international bodies.</summary>
    public required string Country { get; init; }

    /// <summary>The grammatical gender of the Polish name's head word, in NKJP tags: m3, f, n, or pl for plurale tantum
    /// (inflection of names the dictionary lacks is guessed from it); "" when unknown.</summary>
    public required string GenderPl { get; init; }

    /// <summary>True when the Polish base form does not inflect ("NATO", "BBC"); abbreviations that do inflect in speech
    /// ("ONZ", "ONZ-etu") count as not inflecting in writing.</summary>
    public required bool IndeclinablePl { get; init; }
}

/// <summary>A person who makes political news.</summary>
public sealed class Person : KnowledgeEntity
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Person;

    /// <summary>"m" or "f".</summary>
    public required string Gender { get; init; }

    /// <summary>The alpha-3 code of the country the person acts for (citizenship for officials of international bodies).</summary>
    public required string Country { get; init; }

    /// <summary>The name in Cyrillic for Russian, Ukrainian and Belarusian people; else "".</summary>
    public required string NameNative { get; init; }

    /// <summary>The person's roles, earliest first.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }
}

/// <summary>A role a person holds or held.</summary>
public sealed class Role
{
    /// <summary>The person's id.</summary>
    public required string PersonId { get; init; }

    /// <summary>The role's code: head_of_state, head_of_government, foreign_minister, defence_minister, spokesperson,
    /// secretary_general, … (Data/README.md lists them).</summary>
    public required string Title { get; init; }

    /// <summary>What the role is in: a country's alpha-3 code or an organisation's id ("org/nato").</summary>
    public required string Of { get; init; }

    /// <summary>The office in English, without its country or body ("President", "Foreign Minister").</summary>
    public required string TitleEn { get; init; }

    /// <summary>The office in Polish, base form, without its country or body ("prezydent", "minister spraw zagranicznych").</summary>
    public required string TitlePl { get; init; }

    /// <summary>When it began.</summary>
    public required PartialDate From { get; init; }

    /// <summary>When it ended, or null when it was still held at <see cref="AsOf"/>.</summary>
    public required PartialDate? To { get; init; }

    /// <summary>Where the facts come from.</summary>
    public required string Source { get; init; }

    /// <summary>The month (YYYY-MM) up to which the role is known to hold; an open role is not claimed past it.</summary>
    public required string AsOf { get; init; }

    /// <summary>The data file and line.</summary>
    public required string Origin { get; init; }

    /// <summary>True when the role was held on <paramref name="date"/> (an open role counts as held from its start on).</summary>
    public bool HeldOn(DateOnly date) => From.Earliest <= date && (To is null || date <= To.Value.Latest);
}

/// <summary>A building or street that news names for the government or body sitting there ("Kreml zapowiedział").</summary>
public sealed class Seat : KnowledgeEntity
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Seat;

    /// <summary>The alpha-3 code of the state it lies in.</summary>
    public required string Country { get; init; }

    /// <summary>Whom it stands for: a state's alpha-3 code or an organisation id ("org/european-commission").</summary>
    public required string StandsFor { get; init; }

    /// <summary>The grammatical gender of the Polish name's head word in NKJP tags (m3, f, n, pl); "" when unknown.</summary>
    public required string GenderPl { get; init; }

    /// <summary>Where it is.</summary>
    public required GeoPoint Location { get; init; }
}

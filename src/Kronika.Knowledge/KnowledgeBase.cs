using System.Globalization;
using System.Text.RegularExpressions;
using Kronika.Knowledge.Transliteration;

namespace Kronika.Knowledge;

/// <summary>The entity knowledge base: states and territories, capitals and large cities, organisations, and people with
/// their roles, read from the data files embedded in this assembly (Data/README.md describes them), with lookup by
/// name and a validator. Immutable once loaded; safe from many threads.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The data files, by the resource name the loader reads.</summary>
    public static IReadOnlyList<string> DataFiles { get; } =
        ["countries.iso.tsv", "countries.tsv", "cities.tsv", "organizations.tsv", "people.tsv", "roles.tsv", "seats.tsv"];

    /// <summary>The role codes a roles.tsv record may use.</summary>
    public static IReadOnlySet<string> RoleTitles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "head_of_state", "head_of_government", "deputy_head_of_government", "foreign_minister", "defence_minister",
        "minister", "spokesperson", "head_of_organization", "deputy_head_of_organization", "legislature_speaker",
        "military_commander", "intelligence_chief", "leader", "official",
    };

    private static readonly Lazy<KnowledgeBase> _default = new(() => Load(TsvTable.ReadResource));

    private readonly Dictionary<string, KnowledgeEntity> _byId;
    private readonly Dictionary<string, Country> _byCode;
    private readonly Dictionary<string, List<(KnowledgeEntity Entity, EntityName Name)>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(KnowledgeEntity Entity, EntityName Name)>> _byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(KnowledgeEntity Entity, EntityName Name)>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly List<KnowledgeProblem> _loadProblems;
    private readonly IReadOnlyList<string> _isoCodes;
    private readonly Dictionary<string, (string StandsFor, string Origin)> _cityStandsFor;

    private KnowledgeBase(List<Country> countries, List<City> cities, List<Organization> organizations, List<Person> people,
        List<Role> roles, List<Seat> seats, Dictionary<string, (string StandsFor, string Origin)> cityStandsFor,
        List<KnowledgeProblem> loadProblems, IReadOnlyList<string> isoCodes)
    {
        Countries = countries;
        Cities = cities;
        Organizations = organizations;
        People = people;
        Roles = roles;
        Seats = seats;
        _cityStandsFor = cityStandsFor;
        _loadProblems = loadProblems;
        _isoCodes = isoCodes;
        _byId = new Dictionary<string, KnowledgeEntity>(StringComparer.Ordinal);
        _byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (KnowledgeEntity entity in Entities)
        {
            if (!_byId.TryAdd(entity.Id, entity))
            {
                _loadProblems.Add(new KnowledgeProblem(entity.Origin, entity.Id, $"duplicate id (first at {_byId[entity.Id].Origin})"));
            }

            foreach (EntityName name in entity.Names)
            {
                Add(_byKey, NameFolding.Key(name.Text), entity, name);
                Add(_byFold, NameFolding.Fold(name.Text), entity, name);
                Add(_bySkeleton, NameSkeleton.Of(name.Text, SkeletonLanguage(name)), entity, name);
            }
        }

        foreach (Country country in countries)
        {
            _byCode.TryAdd(country.Alpha2, country);
            _byCode.TryAdd(country.Alpha3, country);
        }
    }

    /// <summary>States and dependent territories, by alpha-2 code.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Capitals and cities of at least 100,000 inhabitants.</summary>
    public IReadOnlyList<City> Cities { get; }

    /// <summary>Organisations, blocs, groups, agencies and outlets.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>People, each with their roles.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Every role of every person, in file order.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Buildings and streets that stand for a government or body (seats.tsv).</summary>
    public IReadOnlyList<Seat> Seats { get; }

    /// <summary>Every record: countries, cities, organisations, people, seats.</summary>
    public IEnumerable<KnowledgeEntity> Entities =>
        Countries.Cast<KnowledgeEntity>().Concat(Cities).Concat(Organizations).Concat(People).Concat(Seats);

    /// <summary>The base built from the embedded data files, loaded once per process.</summary>
    /// <exception cref="InvalidDataException">A data file is missing or malformed (a record with the wrong number of
    /// fields); content problems are left to <see cref="Validate"/>.</exception>
    public static KnowledgeBase LoadDefault() => _default.Value;

    /// <summary>A new base built from the embedded data files (what <see cref="LoadDefault"/> does once); for benchmarks
    /// of the load time and memory.</summary>
    /// <exception cref="InvalidDataException">A data file is missing or malformed.</exception>
    public static KnowledgeBase LoadEmbedded() => Load(TsvTable.ReadResource);

    /// <summary>The record with this id ("country/POL", "person/putin-vladimir"), or null.</summary>
    public KnowledgeEntity? Get(string id) => _byId.TryGetValue(id, out KnowledgeEntity? entity) ? entity : null;

    /// <summary>The country with this ISO alpha-2 or alpha-3 code (any case), or null.</summary>
    public Country? CountryByCode(string code) => _byCode.TryGetValue(code, out Country? country) ? country : null;

    /// <summary>Records one of whose names equals <paramref name="name"/>: case-insensitive matches first; only when
    /// there are none, matches without diacritics ("Lodz" finds Łódź, "Lukaszenka" finds Łukaszenka). Sorted by kind
    /// (countries, organisations, people, seats, cities), cities by population.</summary>
    public IReadOnlyList<NameMatch> Find(string name)
    {
        List<NameMatch> matches = Lookup(_byKey, NameFolding.Key(name), MatchHow.Exact);
        return matches.Count > 0 ? matches : Lookup(_byFold, NameFolding.Fold(name), MatchHow.Folded);
    }

    /// <summary>Records one of whose names has the transliteration skeleton of <paramref name="name"/>: finds Peskov
    /// from "Песков" or "Pieskow". Candidates only; see <see cref="NameSkeleton"/>.</summary>
    /// <param name="name">A name in Cyrillic or Latin script.</param>
    /// <param name="language">"pl" or "en" for how Latin letters read, or null to guess.</param>
    public IReadOnlyList<NameMatch> FindTransliterated(string name, string? language = null) =>
        Lookup(_bySkeleton, NameSkeleton.Of(name, language), MatchHow.Skeleton);

    /// <summary>The people who held a role <paramref name="title"/> in <paramref name="of"/> on <paramref name="date"/>
    /// ("head_of_state", "RUS", 2023-09-13 → Putin); open roles count as held from their start.</summary>
    public IReadOnlyList<Person> HoldersOn(string title, string of, DateOnly date)
    {
        var holders = new List<Person>();
        foreach (Role role in Roles)
        {
            if (role.Title == title && string.Equals(role.Of, of, StringComparison.OrdinalIgnoreCase) && role.HeldOn(date)
                && _byId.TryGetValue(role.PersonId, out KnowledgeEntity? entity) && entity is Person person && !holders.Contains(person))
            {
                holders.Add(person);
            }
        }

        return holders;
    }

    /// <summary>The actor a place stands for when news makes it speak or act ("Mińsk" → Belarus, "Kreml" → Russia,
    /// "Bruksela" → the European Union): a seat's <see cref="Seat.StandsFor"/>, a city listed in seats.tsv, a capital's
    /// state; null for anything else.</summary>
    public KnowledgeEntity? ActorOf(KnowledgeEntity place)
    {
        ArgumentNullException.ThrowIfNull(place);
        string? standsFor = place switch
        {
            Seat seat => seat.StandsFor,
            City city when _cityStandsFor.TryGetValue(city.Id, out (string StandsFor, string Origin) listed) => listed.StandsFor,
            City { IsCapital: true } city => CountryByCode(city.CountryAlpha2)?.Id,
            _ => null,
        };
        return standsFor is null ? null : CountryByCode(standsFor) is { } country && country.Alpha3 == standsFor ? country : Get(standsFor);
    }

    /// <summary>The alpha-3 code of the state a record is or belongs to: a country's own, a city's or seat's state, an
    /// organisation's home country (null for international bodies), a person's country; null when unknown.</summary>
    public string? CountryOf(KnowledgeEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string code = entity switch
        {
            Country country => country.Alpha3,
            City city => CountryByCode(city.CountryAlpha2)?.Alpha3 ?? "",
            Organization organization => organization.Country,
            Person person => person.Country,
            Seat seat => seat.Country,
            _ => "",
        };
        return code.Length == 0 ? null : code;
    }

    private static string? SkeletonLanguage(EntityName name) => name.Language is "pl" or "en" ? name.Language : null;

    private static void Add(Dictionary<string, List<(KnowledgeEntity, EntityName)>> index, string key, KnowledgeEntity entity, EntityName name)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out List<(KnowledgeEntity Entity, EntityName Name)>? list))
        {
            index[key] = list = [];
        }

        // One entry per entity and key: the first (preferred) name wins.
        foreach ((KnowledgeEntity Entity, EntityName Name) item in list)
        {
            if (ReferenceEquals(item.Entity, entity))
            {
                return;
            }
        }

        list.Add((entity, name));
    }

    private static List<NameMatch> Lookup(Dictionary<string, List<(KnowledgeEntity Entity, EntityName Name)>> index, string key, MatchHow how)
    {
        var matches = new List<NameMatch>();
        if (index.TryGetValue(key, out List<(KnowledgeEntity Entity, EntityName Name)>? list))
        {
            foreach ((KnowledgeEntity entity, EntityName name) in list)
            {
                matches.Add(new NameMatch(entity, name, how));
            }

            matches.Sort(static (a, b) =>
            {
                int byKind = Rank(a.Entity.Kind).CompareTo(Rank(b.Entity.Kind));
                return byKind != 0 ? byKind
                    : a.Entity is City ca && b.Entity is City cb ? cb.Population.CompareTo(ca.Population)
                    : string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
            });
        }

        return matches;
    }

    private static int Rank(EntityKind kind) => kind switch
    {
        EntityKind.Country => 0,
        EntityKind.Organization => 1,
        EntityKind.Person => 2,
        EntityKind.Seat => 3,
        _ => 4,
    };

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WikidataPattern();

    [GeneratedRegex("^(country|city|org|person|seat)/[A-Za-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private static double Coordinate(string text, string origin, string column, List<KnowledgeProblem> problems)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }

        problems.Add(new KnowledgeProblem(origin, "", $"{column} '{text}' is not a number"));
        return double.NaN;
    }
}

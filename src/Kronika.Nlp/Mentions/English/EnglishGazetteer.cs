using System.Collections.Frozen;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;

namespace Kronika.Nlp.Mentions.English;

/// <summary>What an English name in the gazetteer stands for.</summary>
/// <param name="Key">The entity key: <c>kb:</c> + the knowledge-base id, or <c>seat:</c> + the seat's name.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The English name of the entity.</param>
/// <param name="Country">ISO alpha-3 of the state it is, belongs to or acts for; null for international bodies.</param>
/// <param name="Wikidata">A Q-id where the base is certain, else null.</param>
/// <param name="Via">How this name refers to the entity (a demonym, an alias, a seat as metonymy).</param>
/// <param name="ActsFor">ISO alpha-3 of the state a mention of it acts for as an actor: a capital or a seat; else null.</param>
public sealed record GazetteerEntry(string Key, EntityType Type, string Name, string? Country, string? Wikidata, MentionVia Via, string? ActsFor);

/// <summary>English names of the knowledge base (countries with their adjectives and demonyms, singular and plural;
/// cities; organisations; people) and the seats of power in <c>Mentions/English/Data/seats.en.tsv</c>, by their
/// written form with single spaces and without a leading "the".</summary>
/// <remarks>One name, one entry: countries before organisations before people before cities, and the most populous of
/// cities sharing a name (as <see cref="KnowledgeBase.Find"/> orders them). A person's surname alone is kept apart
/// (<see cref="Surname"/>): it names the person only when no other person of the base shares it. Immutable;
/// thread-safe.</remarks>
public sealed class EnglishGazetteer
{
    /// <summary>The seats of power.</summary>
    public const string SeatsFile = "Mentions/English/Data/seats.en.tsv";

    private readonly FrozenDictionary<string, GazetteerEntry> _names;
    private readonly FrozenDictionary<string, GazetteerEntry> _surnames;
    private readonly FrozenDictionary<string, GazetteerEntry> _countries;

    private EnglishGazetteer(Dictionary<string, GazetteerEntry> names, Dictionary<string, GazetteerEntry> surnames, Dictionary<string, GazetteerEntry> countries, int longest)
    {
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _surnames = surnames.ToFrozenDictionary(StringComparer.Ordinal);
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        LongestName = longest;
    }

    /// <summary>The most words any name has.</summary>
    public int LongestName { get; }

    /// <summary>Builds the gazetteer over <paramref name="knowledge"/> and the embedded seats file.</summary>
    /// <exception cref="InvalidDataException">When the seats file is malformed or names a state the base lacks.</exception>
    public static EnglishGazetteer Create(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (Country country in knowledge.Countries)
        {
            var entry = new GazetteerEntry("kb:" + country.Id, EntityType.Gpe, country.NameEn, country.Alpha3, country.Wikidata, MentionVia.Name, null);
            countries[country.Alpha3] = entry;
            foreach (EntityName name in country.Names)
            {
                if (name.Language is "en" or "")
                {
                    MentionVia via = name.Role switch
                    {
                        NameRole.Adjective or NameRole.Demonym => MentionVia.Demonym,
                        NameRole.Preferred => MentionVia.Name,
                        _ => MentionVia.Alias,
                    };
                    Add(names, name.Text, entry with { Via = via });
                    if (name.Role is NameRole.Adjective or NameRole.Demonym && Plural(name.Text) is { } plural)
                    {
                        Add(names, plural, entry with { Via = MentionVia.Demonym });
                    }
                }
            }
        }

        foreach (Organization organization in knowledge.Organizations)
        {
            var entry = new GazetteerEntry("kb:" + organization.Id, EntityType.Org, organization.NameEn, NullIfEmpty(organization.Country), organization.Wikidata, MentionVia.Name, null);
            AddNames(names, organization, entry);
        }

        foreach (Person person in knowledge.People)
        {
            var entry = new GazetteerEntry("kb:" + person.Id, EntityType.Per, person.NameEn, NullIfEmpty(person.Country), person.Wikidata, MentionVia.Name, null);
            foreach (EntityName name in person.Names)
            {
                if (name.Language is "en" or "" && name.Role == NameRole.Surname)
                {
                    // A surname two people share names neither of them.
                    string key = Normalise(name.Text);
                    surnames[key] = surnames.TryGetValue(key, out GazetteerEntry? other) && other?.Key != entry.Key ? null : entry with { Via = MentionVia.Alias };
                }
            }

            AddNames(names, person, entry);
        }

        foreach (City city in knowledge.Cities.OrderByDescending(city => city.Population))
        {
            string? country = knowledge.CountryByCode(city.CountryAlpha2)?.Alpha3;
            var entry = new GazetteerEntry("kb:" + city.Id, EntityType.Gpe, city.NameEn, country, city.Wikidata, MentionVia.Name, city.IsCapital ? country : null);
            AddNames(names, city, entry);
        }

        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(EnglishGazetteer).Assembly, SeatsFile), SeatsFile))
        {
            if (line.Columns.Length != 3 || line.Columns[1] is not ("FAC" or "ORG") || !countries.ContainsKey(line.Columns[2]))
            {
                throw new InvalidDataException($"{line.Where}: expected 'name, FAC or ORG, alpha-3 of a state in the knowledge base'.");
            }

            EntityType type = line.Columns[1] == "FAC" ? EntityType.Fac : EntityType.Org;
            string name = line.Columns[0];
            names[Normalise(name)] = new GazetteerEntry("seat:" + name, type, name, line.Columns[2], null, MentionVia.Metonymy, line.Columns[2]);
        }

        int longest = names.Keys.Max(key => key.Count(c => c == ' ') + 1);
        Dictionary<string, GazetteerEntry> unique = surnames.Where(pair => pair.Value is not null && !names.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);
        return new EnglishGazetteer(names, unique, countries, longest);
    }

    /// <summary>The entry for <paramref name="name"/> as written (words separated by single spaces), or null.</summary>
    public GazetteerEntry? Find(string name) => _names.GetValueOrDefault(name);

    /// <summary>The one person of the base with surname <paramref name="name"/>, or null.</summary>
    public GazetteerEntry? Surname(string name) => _surnames.GetValueOrDefault(name);

    /// <summary>The entry of the state with ISO alpha-3 <paramref name="alpha3"/>, or null.</summary>
    public GazetteerEntry? Country(string alpha3) => _countries.GetValueOrDefault(alpha3);

    /// <summary>The English plural of a demonym ("Romanian" → "Romanians", "Briton" → "Britons"); null where it is the
    /// singular ("Chinese", "Swiss", "British").</summary>
    internal static string? Plural(string demonym)
    {
        if (demonym.Length < 3 || demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.EndsWith("sh", StringComparison.Ordinal)
            || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return demonym.EndsWith("man", StringComparison.Ordinal) ? demonym[..^3] + "men" : demonym + "s";
    }

    private static void AddNames(Dictionary<string, GazetteerEntry> names, KnowledgeEntity entity, GazetteerEntry entry)
    {
        foreach (EntityName name in entity.Names)
        {
            if (name.Language is "en" or "" && name.Role != NameRole.Surname && name.Role != NameRole.Native)
            {
                Add(names, name.Text, entry with { Via = name.Role is NameRole.Preferred or NameRole.Official ? MentionVia.Name : MentionVia.Alias });
            }
        }
    }

    /// <summary>Keeps the first entry for a name: the callers add countries, organisations, people, then cities by size.</summary>
    private static void Add(Dictionary<string, GazetteerEntry> names, string name, GazetteerEntry entry)
    {
        string key = Normalise(name);
        if (key.Length > 0 && char.IsUpper(key[0]))
        {
            names.TryAdd(key, entry);
        }
    }

    /// <summary>The name with single spaces and without a leading "the" ("the UN" → "UN").</summary>
    internal static string Normalise(string name)
    {
        string key = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? key[4..] : key;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

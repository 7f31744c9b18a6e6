namespace Kronika.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>Every problem in the data: values that did not parse, duplicate ids, codes and Wikidata ids; missing
    /// <c>source</c> or <c>as_of</c>; ISO codes that are malformed, unknown, or lack a curated record; coordinates out of
    /// range or far from GeoNames' capital; role dates out of order or past their <c>as_of</c>; roles of unknown people
    /// or bodies; people and organisations whose country code is unknown; Russian, Ukrainian and Belarusian people
    /// without a Cyrillic name. Empty when the data is sound.</summary>
    public IReadOnlyList<KnowledgeProblem> Validate()
    {
        var problems = new List<KnowledgeProblem>(_loadProblems);
        var wikidata = new Dictionary<string, KnowledgeEntity>(StringComparer.Ordinal);
        foreach (KnowledgeEntity entity in Entities)
        {
            void Report(string message) => problems.Add(new KnowledgeProblem(entity.Origin, entity.Id, message));
            if (!IdPattern().IsMatch(entity.Id))
            {
                Report("id is not kind/key (country/…, city/…, org/…, person/…, seat/…)");
            }

            CheckProvenance(entity.Source, entity.AsOf, Report);
            if (entity.NameEn.Length == 0)
            {
                Report("no English name");
            }

            if (entity.NamePl.Length == 0 && entity.Kind is not EntityKind.City)
            {
                Report("no Polish name");
            }

            if (entity.Wikidata is { } qid)
            {
                if (!WikidataPattern().IsMatch(qid))
                {
                    Report($"Wikidata id '{qid}' is not Q + digits");
                }
                else if (!wikidata.TryAdd(qid, entity))
                {
                    Report($"Wikidata id {qid} is also {wikidata[qid].Id}");
                }
            }
        }

        CheckCountries(problems);
        CheckCities(problems);
        CheckOrganizations(problems);
        CheckPeople(problems);
        CheckRoles(problems);
        CheckSeats(problems);
        return problems;
    }

    private static void CheckProvenance(string source, string asOf, Action<string> report)
    {
        if (source.Length == 0)
        {
            report("no source");
        }

        if (asOf.Length == 0)
        {
            report("no as_of");
        }
        else if (!MonthPattern().IsMatch(asOf))
        {
            report($"as_of '{asOf}' is not YYYY-MM");
        }
    }

    private void CheckCountries(List<KnowledgeProblem> problems)
    {
        var curated = new HashSet<string>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, City>(StringComparer.Ordinal);
        foreach (City city in Cities)
        {
            if (city.IsCapital)
            {
                capitals.TryAdd(city.CountryAlpha2, city);
            }
        }

        foreach (Country country in Countries)
        {
            void Report(string message) => problems.Add(new KnowledgeProblem(country.Origin, country.Id, message));
            if (!curated.Add(country.Alpha2))
            {
                Report($"a second record for {country.Alpha2}");
            }

            bool inIso = _isoCodes.Contains(country.Alpha2);
            if (!IsCode(country.Alpha2, 2))
            {
                Report($"alpha-2 '{country.Alpha2}' is not two capital letters");
            }
            else if (!inIso && country.Status != CountryStatus.LimitedRecognition)
            {
                Report($"{country.Alpha2} is not an ISO 3166-1 code (only a state of limited recognition may use a user-assigned one)");
            }

            if (!IsCode(country.Alpha3, 3))
            {
                Report($"alpha-3 '{country.Alpha3}' is not three capital letters");
            }

            if (inIso && (country.Numeric.Length != 3 || !country.Numeric.All(char.IsAsciiDigit)))
            {
                Report($"numeric code '{country.Numeric}' is not three digits");
            }

            if (country.Status == CountryStatus.Territory && country.Sovereign.Length > 0 && CountryByCode(country.Sovereign) is not { Status: CountryStatus.UnMember })
            {
                Report($"sovereign '{country.Sovereign}' is not a UN member state in the base");
            }

            if (country.Status != CountryStatus.Territory && country.Sovereign.Length > 0)
            {
                Report("only a territory has a sovereign");
            }

            if (!country.Location.IsValid)
            {
                Report($"coordinates {country.Location.Latitude}, {country.Location.Longitude} are out of range");
            }
            else if (country.CapitalEn.Length > 0 && capitals.TryGetValue(country.Alpha2, out City? capital)
                && capital.Location.DistanceKm(country.Location) > 100)
            {
                Report($"coordinates lie {capital.Location.DistanceKm(country.Location):F0} km from GeoNames' capital {capital.NameEn}");
            }

        }

        foreach (string code in _isoCodes)
        {
            if (!curated.Contains(code))
            {
                problems.Add(new KnowledgeProblem("countries.tsv", "", $"ISO 3166-1 {code} has no curated record"));
            }
        }
    }

    private void CheckCities(List<KnowledgeProblem> problems)
    {
        foreach (City city in Cities)
        {
            if (CountryByCode(city.CountryAlpha2) is null)
            {
                problems.Add(new KnowledgeProblem(city.Origin, city.Id, $"country '{city.CountryAlpha2}' is not in the base"));
            }

            if (!city.Location.IsValid)
            {
                problems.Add(new KnowledgeProblem(city.Origin, city.Id, "coordinates out of range"));
            }
        }
    }

    private void CheckOrganizations(List<KnowledgeProblem> problems)
    {
        foreach (Organization organization in Organizations)
        {
            if (organization.Country.Length > 0 && CountryByCode(organization.Country) is null)
            {
                problems.Add(new KnowledgeProblem(organization.Origin, organization.Id, $"country '{organization.Country}' is not in the base"));
            }
        }
    }

    private void CheckPeople(List<KnowledgeProblem> problems)
    {
        foreach (Person person in People)
        {
            void Report(string message) => problems.Add(new KnowledgeProblem(person.Origin, person.Id, message));
            if (CountryByCode(person.Country) is not { } country || country.Alpha3 != person.Country)
            {
                Report($"country '{person.Country}' is not an alpha-3 code in the base");
            }

            if (person.Country is "RUS" or "UKR" or "BLR" && person.NameNative.Length == 0)
            {
                Report("a Russian, Ukrainian or Belarusian person needs the Cyrillic name");
            }

            if (person.NameNative.Length > 0 && !Transliteration.CyrillicTransliterator.HasCyrillic(person.NameNative))
            {
                Report($"name_native '{person.NameNative}' holds no Cyrillic letter");
            }

            if (person.Roles.Count == 0)
            {
                Report("no role");
            }
        }
    }

    private void CheckRoles(List<KnowledgeProblem> problems)
    {
        var seen = new HashSet<(string, string, string, DateOnly)>();
        foreach (Role role in Roles)
        {
            void Report(string message) => problems.Add(new KnowledgeProblem(role.Origin, role.PersonId, message));
            CheckProvenance(role.Source, role.AsOf, Report);
            if (Get(role.PersonId) is not Person)
            {
                Report("no such person in people.tsv");
            }

            if (!RoleTitles.Contains(role.Title))
            {
                Report($"title '{role.Title}' is not a known role code");
            }

            if (role.TitleEn.Length == 0 || role.TitlePl.Length == 0)
            {
                Report("the office needs its English and Polish name");
            }

            bool ofCountry = CountryByCode(role.Of) is { } country && country.Alpha3 == role.Of;
            if (!ofCountry && Get(role.Of) is not Organization)
            {
                Report($"of '{role.Of}' is neither an alpha-3 code nor an organisation id");
            }

            if (role.To is { } end && end.Latest < role.From.Earliest)
            {
                Report($"to {end} is before from {role.From}");
            }

            if (MonthPattern().IsMatch(role.AsOf))
            {
                var asOf = new DateOnly(int.Parse(role.AsOf[..4], System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(role.AsOf[5..], System.Globalization.CultureInfo.InvariantCulture), 1);
                if (role.From.Earliest > asOf.AddMonths(1).AddDays(-1))
                {
                    Report($"from {role.From} is after as_of {role.AsOf}");
                }

                if (role.To is { } to && to.Earliest > asOf.AddMonths(1).AddDays(-1))
                {
                    Report($"to {to} is after as_of {role.AsOf}");
                }
            }

            if (!seen.Add((role.PersonId, role.Title, role.Of, role.From.Earliest)))
            {
                Report($"the role {role.Title} of {role.Of} from {role.From} is listed twice");
            }
        }
    }

    private void CheckSeats(List<KnowledgeProblem> problems)
    {
        bool IsActor(string code) => (CountryByCode(code) is { } state && state.Alpha3 == code) || Get(code) is Organization;
        foreach (Seat seat in Seats)
        {
            void Report(string message) => problems.Add(new KnowledgeProblem(seat.Origin, seat.Id, message));
            if (CountryByCode(seat.Country) is not { } country || country.Alpha3 != seat.Country)
            {
                Report($"country '{seat.Country}' is not an alpha-3 code in the base");
            }

            if (!IsActor(seat.StandsFor))
            {
                Report($"stands_for '{seat.StandsFor}' is neither an alpha-3 code nor an organisation id");
            }

            if (!seat.Location.IsValid)
            {
                Report("coordinates out of range");
            }
        }

        foreach ((string city, (string standsFor, string origin)) in _cityStandsFor)
        {
            if (Get(city) is not City)
            {
                problems.Add(new KnowledgeProblem(origin, city, "no such city in cities.tsv"));
            }

            if (!IsActor(standsFor))
            {
                problems.Add(new KnowledgeProblem(origin, city, $"stands_for '{standsFor}' is neither an alpha-3 code nor an organisation id"));
            }
        }
    }

    private static bool IsCode(string code, int length) => code.Length == length && code.All(char.IsAsciiLetterUpper);
}

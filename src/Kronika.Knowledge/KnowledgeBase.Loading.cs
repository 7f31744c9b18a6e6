using System.Globalization;

namespace Kronika.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>Builds a base from data files read by <paramref name="read"/> (a resource name → its table); tests pass
    /// small fixtures. Values that do not parse become problems for <see cref="Validate"/>, not exceptions.</summary>
    internal static KnowledgeBase Load(Func<string, TsvTable> read)
    {
        var problems = new List<KnowledgeProblem>();
        TsvTable iso = read("countries.iso.tsv");
        var isoRows = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        var isoCodes = new List<string>();
        int alpha2 = iso.Column("alpha2");
        foreach (TsvRow row in iso.Rows)
        {
            isoCodes.Add(row[alpha2]);
            if (!isoRows.TryAdd(row[alpha2], row))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[alpha2], "duplicate ISO alpha-2 code"));
            }
        }

        List<Country> countries = LoadCountries(read("countries.tsv"), iso, isoRows, problems);
        List<City> cities = LoadCities(read("cities.tsv"), problems);
        List<Organization> organizations = LoadOrganizations(read("organizations.tsv"), problems);
        List<Role> roles = LoadRoles(read("roles.tsv"), problems);
        List<Person> people = LoadPeople(read("people.tsv"), roles, problems);
        (List<Seat> seats, Dictionary<string, (string, string)> cityStandsFor) = LoadSeats(read("seats.tsv"), problems);
        return new KnowledgeBase(countries, cities, organizations, people, roles, seats, cityStandsFor, problems, isoCodes);
    }

    private static List<Country> LoadCountries(TsvTable table, TsvTable iso, Dictionary<string, TsvRow> isoRows, List<KnowledgeProblem> problems)
    {
        int code = table.Column("alpha2"), status = table.Column("status"), sovereign = table.Column("sovereign"),
            userAlpha3 = table.Column("alpha3_user"), namesPl = table.Column("names_pl"), namesEn = table.Column("names_en"),
            adjectivePl = table.Column("adjective_pl"), demonymPl = table.Column("demonym_pl"), demonymsPl = table.Column("demonym_pl_plural"),
            adjectiveEn = table.Column("adjective_en"), demonymEn = table.Column("demonym_en"), capitalPl = table.Column("capital_pl"),
            capitalEn = table.Column("capital_en"), lat = table.Column("lat"), lon = table.Column("lon"),
            wikidata = table.Column("wikidata"), source = table.Column("source"), asOf = table.Column("as_of");
        int isoAlpha3 = iso.Column("alpha3"), isoNumeric = iso.Column("numeric"), isoNameEn = iso.Column("name_en"),
            isoOfficialEn = iso.Column("official_en"), isoCommonEn = iso.Column("common_en"), isoNamePl = iso.Column("name_pl"),
            isoOfficialPl = iso.Column("official_pl"), isoSource = iso.Column("source");
        var countries = new List<Country>();
        foreach (TsvRow row in table.Rows)
        {
            string alpha2 = row[code];
            isoRows.TryGetValue(alpha2, out TsvRow? isoRow);
            var names = new List<EntityName>();
            AddNames(names, row.List(namesPl), "pl");
            AddNames(names, row.List(namesEn), "en");
            IReadOnlyList<string> polishNames = row.List(namesPl), englishNames = row.List(namesEn);
            string namePl = polishNames.Count > 0 ? polishNames[0] : isoRow?[isoNamePl] ?? "";
            string nameEn = englishNames.Count > 0 ? englishNames[0]
                : isoRow is null ? "" : isoRow[isoCommonEn].Length > 0 ? isoRow[isoCommonEn] : isoRow[isoNameEn];
            if (isoRow is not null)
            {
                AddName(names, isoRow[isoNamePl], "pl", NameRole.Alias);
                AddName(names, isoRow[isoOfficialPl], "pl", NameRole.Official);
                AddName(names, isoRow[isoCommonEn], "en", NameRole.Alias);
                AddName(names, isoRow[isoNameEn], "en", NameRole.Alias);
                AddName(names, isoRow[isoOfficialEn], "en", NameRole.Official);
            }

            AddName(names, Dash(row[adjectivePl]), "pl", NameRole.Adjective);
            AddName(names, Dash(row[demonymPl]), "pl", NameRole.Demonym);
            AddName(names, Dash(row[demonymsPl]), "pl", NameRole.Demonym);
            AddName(names, Dash(row[adjectiveEn]), "en", NameRole.Adjective);
            AddName(names, Dash(row[demonymEn]), "en", NameRole.Demonym);
            CountryStatus parsedStatus = row[status] switch
            {
                "un" => CountryStatus.UnMember,
                "observer" => CountryStatus.UnObserver,
                "limited" => CountryStatus.LimitedRecognition,
                "territory" => CountryStatus.Territory,
                _ => Problem(problems, row, alpha2, $"status '{row[status]}' is not un, observer, limited or territory", CountryStatus.Territory),
            };
            // A state needs its adjectives, demonyms and capital; "-" says that no form is in use, empty that none was curated.
            if (parsedStatus != CountryStatus.Territory)
            {
                foreach (int column in (int[])[adjectivePl, demonymPl, demonymsPl, adjectiveEn, demonymEn, capitalPl, capitalEn])
                {
                    if (row[column].Length == 0)
                    {
                        problems.Add(new KnowledgeProblem(row.Origin, alpha2, $"a state needs {table.Header[column]} (or \"-\" when none is in use)"));
                    }
                }
            }

            string alpha3 = isoRow?[isoAlpha3] ?? row[userAlpha3];
            string sourceText = row[source];
            countries.Add(new Country
            {
                Id = "country/" + (alpha3.Length > 0 ? alpha3 : alpha2),
                NameEn = nameEn,
                NamePl = namePl,
                Names = names,
                Wikidata = NullIfEmpty(row[wikidata]),
                Source = isoRow is null || sourceText.Length == 0 ? sourceText : $"{isoRow[isoSource]} (codes, ISO names); {sourceText}",
                AsOf = row[asOf],
                Origin = row.Origin,
                Alpha2 = alpha2,
                Alpha3 = alpha3,
                Numeric = isoRow?[isoNumeric] ?? "",
                Status = parsedStatus,
                Sovereign = row[sovereign],
                AdjectivePl = Dash(row[adjectivePl]),
                DemonymPl = Dash(row[demonymPl]),
                DemonymPlPlural = Dash(row[demonymsPl]),
                AdjectiveEn = Dash(row[adjectiveEn]),
                DemonymEn = Dash(row[demonymEn]),
                CapitalEn = row[capitalEn],
                CapitalPl = row[capitalPl],
                Location = new GeoPoint(Coordinate(row[lat], row.Origin, "lat", problems), Coordinate(row[lon], row.Origin, "lon", problems)),
            });
        }

        return countries;
    }

    private static List<City> LoadCities(TsvTable table, List<KnowledgeProblem> problems)
    {
        int id = table.Column("geonameid"), name = table.Column("name"), nameEn = table.Column("name_en"), namePl = table.Column("name_pl"),
            ascii = table.Column("ascii_name"), country = table.Column("country"), admin1 = table.Column("admin1"),
            feature = table.Column("feature"), population = table.Column("population"), lat = table.Column("lat"), lon = table.Column("lon"),
            source = table.Column("source"), asOf = table.Column("as_of");
        var cities = new List<City>(table.Rows.Count);
        foreach (TsvRow row in table.Rows)
        {
            // GeoNames' own name is the preferred English one: libgeonames' English catalogue is better for some
            // (Antwerp, Geneva) and worse for others ("Abu Dhabi Island and Internal Islands City"), so it is an alias.
            string english = row[name];
            var names = new List<EntityName>(4);
            AddName(names, english, "en", NameRole.Preferred);
            AddName(names, row[namePl], "pl", NameRole.Preferred);
            AddName(names, row[nameEn], "en", NameRole.Alias);
            AddName(names, row[ascii], "", NameRole.Alias);
            if (!long.TryParse(row[id], NumberStyles.None, CultureInfo.InvariantCulture, out long geonameId))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[id], "geonameid is not a number"));
            }

            if (!long.TryParse(row[population], NumberStyles.None, CultureInfo.InvariantCulture, out long people))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[id], "population is not a number"));
            }

            cities.Add(new City
            {
                Id = "city/" + row[id],
                NameEn = english,
                NamePl = row[namePl],
                Names = names,
                Source = row[source],
                AsOf = row[asOf],
                Origin = row.Origin,
                GeonameId = geonameId,
                CountryAlpha2 = row[country],
                Admin1 = row[admin1],
                Feature = row[feature],
                Population = people,
                Location = new GeoPoint(Coordinate(row[lat], row.Origin, "lat", problems), Coordinate(row[lon], row.Origin, "lon", problems)),
            });
        }

        return cities;
    }

    private static List<Organization> LoadOrganizations(TsvTable table, List<KnowledgeProblem> problems)
    {
        int id = table.Column("id"), type = table.Column("type"), nameEn = table.Column("name_en"), namePl = table.Column("name_pl"),
            aliasesEn = table.Column("aliases_en"), aliasesPl = table.Column("aliases_pl"), gender = table.Column("gender_pl"),
            indeclinable = table.Column("indeclinable_pl"), country = table.Column("country"), wikidata = table.Column("wikidata"),
            source = table.Column("source"), asOf = table.Column("as_of");
        var organizations = new List<Organization>();
        foreach (TsvRow row in table.Rows)
        {
            var names = new List<EntityName>();
            AddName(names, row[nameEn], "en", NameRole.Preferred);
            AddName(names, row[namePl], "pl", NameRole.Preferred);
            AddNames(names, row.List(aliasesEn), "en", first: false);
            AddNames(names, row.List(aliasesPl), "pl", first: false);
            OrganizationType parsedType = row[type] switch
            {
                "intergovernmental" => OrganizationType.Intergovernmental,
                "bloc" => OrganizationType.Bloc,
                "court" => OrganizationType.Court,
                "armed_group" => OrganizationType.ArmedGroup,
                "political_group" => OrganizationType.PoliticalGroup,
                "news_agency" => OrganizationType.NewsAgency,
                "outlet" => OrganizationType.Outlet,
                "government_body" => OrganizationType.GovernmentBody,
                _ => Problem(problems, row, row[id], $"type '{row[type]}' is unknown", OrganizationType.Intergovernmental),
            };
            if (row[gender] is not ("m3" or "f" or "n" or "pl" or ""))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[id], $"gender_pl '{row[gender]}' is not m3, f, n or pl"));
            }

            if (row[indeclinable] is not ("yes" or "no"))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[id], $"indeclinable_pl '{row[indeclinable]}' is not yes or no"));
            }

            organizations.Add(new Organization
            {
                Id = row[id],
                NameEn = row[nameEn],
                NamePl = row[namePl],
                Names = names,
                Wikidata = NullIfEmpty(row[wikidata]),
                Source = row[source],
                AsOf = row[asOf],
                Origin = row.Origin,
                Type = parsedType,
                Country = row[country],
                GenderPl = row[gender],
                IndeclinablePl = row[indeclinable] == "yes",
            });
        }

        return organizations;
    }

    private static (List<Seat>, Dictionary<string, (string, string)>) LoadSeats(TsvTable table, List<KnowledgeProblem> problems)
    {
        int id = table.Column("id"), namesPl = table.Column("names_pl"), namesEn = table.Column("names_en"), gender = table.Column("gender_pl"),
            country = table.Column("country"), standsFor = table.Column("stands_for"), lat = table.Column("lat"), lon = table.Column("lon"),
            wikidata = table.Column("wikidata"), source = table.Column("source"), asOf = table.Column("as_of");
        var seats = new List<Seat>();
        var cities = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (TsvRow row in table.Rows)
        {
            if (row[id].StartsWith("city/", StringComparison.Ordinal))
            {
                // Only what the city stands for: its names and place are cities.tsv's.
                if (!cities.TryAdd(row[id], (row[standsFor], row.Origin)))
                {
                    problems.Add(new KnowledgeProblem(row.Origin, row[id], "the city is listed twice"));
                }

                continue;
            }

            var names = new List<EntityName>();
            AddNames(names, row.List(namesPl), "pl");
            AddNames(names, row.List(namesEn), "en");
            IReadOnlyList<string> polish = row.List(namesPl), english = row.List(namesEn);
            if (row[gender] is not ("m3" or "f" or "n" or "pl" or ""))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[id], $"gender_pl '{row[gender]}' is not m3, f, n or pl"));
            }

            seats.Add(new Seat
            {
                Id = row[id],
                NameEn = english.Count > 0 ? english[0] : "",
                NamePl = polish.Count > 0 ? polish[0] : "",
                Names = names,
                Wikidata = NullIfEmpty(row[wikidata]),
                Source = row[source],
                AsOf = row[asOf],
                Origin = row.Origin,
                Country = row[country],
                StandsFor = row[standsFor],
                GenderPl = row[gender],
                Location = new GeoPoint(Coordinate(row[lat], row.Origin, "lat", problems), Coordinate(row[lon], row.Origin, "lon", problems)),
            });
        }

        return (seats, cities);
    }

    private static List<Role> LoadRoles(TsvTable table, List<KnowledgeProblem> problems)
    {
        int person = table.Column("person"), title = table.Column("title"), of = table.Column("of"), titleEn = table.Column("title_en"),
            titlePl = table.Column("title_pl"), from = table.Column("from"), to = table.Column("to"), source = table.Column("source"),
            asOf = table.Column("as_of");
        var roles = new List<Role>();
        foreach (TsvRow row in table.Rows)
        {
            if (!PartialDate.TryParse(row[from], out PartialDate start))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[person], $"from '{row[from]}' is not YYYY, YYYY-MM or YYYY-MM-DD"));
                continue;
            }

            PartialDate? end = null;
            if (row[to].Length > 0)
            {
                if (!PartialDate.TryParse(row[to], out PartialDate parsed))
                {
                    problems.Add(new KnowledgeProblem(row.Origin, row[person], $"to '{row[to]}' is not YYYY, YYYY-MM or YYYY-MM-DD"));
                    continue;
                }

                end = parsed;
            }

            roles.Add(new Role
            {
                PersonId = row[person],
                Title = row[title],
                Of = row[of],
                TitleEn = row[titleEn],
                TitlePl = row[titlePl],
                From = start,
                To = end,
                Source = row[source],
                AsOf = row[asOf],
                Origin = row.Origin,
            });
        }

        return roles;
    }

    private static List<Person> LoadPeople(TsvTable table, List<Role> roles, List<KnowledgeProblem> problems)
    {
        int id = table.Column("id"), nameEn = table.Column("name_en"), namePl = table.Column("name_pl"), native = table.Column("name_native"),
            aliases = table.Column("aliases"), gender = table.Column("gender"), country = table.Column("country"),
            wikidata = table.Column("wikidata"), source = table.Column("source"), asOf = table.Column("as_of");
        var rolesByPerson = new Dictionary<string, List<Role>>(StringComparer.Ordinal);
        foreach (Role role in roles)
        {
            if (!rolesByPerson.TryGetValue(role.PersonId, out List<Role>? list))
            {
                rolesByPerson[role.PersonId] = list = [];
            }

            list.Add(role);
        }

        var people = new List<Person>();
        foreach (TsvRow row in table.Rows)
        {
            string nativeLanguage = row[country] switch { "RUS" => "ru", "UKR" => "uk", "BLR" => "be", _ => "" };
            var names = new List<EntityName>();
            AddName(names, row[nameEn], "en", NameRole.Preferred);
            AddName(names, row[namePl], "pl", NameRole.Preferred);
            AddName(names, row[native], nativeLanguage, NameRole.Native);
            foreach (string alias in row.List(aliases))
            {
                AddName(names, alias, "", NameRole.Alias);
            }

            AddName(names, Surname(row[nameEn]), "en", NameRole.Surname);
            AddName(names, Surname(row[namePl]), "pl", NameRole.Surname);
            AddName(names, Surname(row[native]), nativeLanguage, NameRole.Surname);
            List<Role> personRoles = rolesByPerson.TryGetValue(row[id], out List<Role>? found) ? found : [];
            personRoles.Sort(static (a, b) => a.From.Earliest.CompareTo(b.From.Earliest));
            if (row[gender] is not ("m" or "f"))
            {
                problems.Add(new KnowledgeProblem(row.Origin, row[id], $"gender '{row[gender]}' is not m or f"));
            }

            people.Add(new Person
            {
                Id = row[id],
                NameEn = row[nameEn],
                NamePl = row[namePl],
                Names = names,
                Wikidata = NullIfEmpty(row[wikidata]),
                Source = row[source],
                AsOf = row[asOf],
                Origin = row.Origin,
                Gender = row[gender],
                Country = row[country],
                NameNative = row[native],
                Roles = personRoles,
            });
        }

        return people;
    }

    // The last word of a personal name (names with a particle or a patronymic are still indexed under their last word;
    // Chinese and Korean names, family name first, get their full forms only).
    private static string Surname(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? "" : name[(space + 1)..];
    }

    private static void AddNames(List<EntityName> names, IReadOnlyList<string> list, string language, bool first = true)
    {
        for (int i = 0; i < list.Count; i++)
        {
            NameRole role = first && i == 0 ? NameRole.Preferred : IsAbbreviation(list[i]) ? NameRole.Abbreviation : NameRole.Alias;
            AddName(names, list[i], language, role);
        }
    }

    // "USA", "KRLD", "ONZ", "U.S.": capitals (and dots) only, at most eight letters.
    private static bool IsAbbreviation(string name)
    {
        int letters = 0;
        foreach (char c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters is >= 2 and <= 8;
    }

    private static void AddName(List<EntityName> names, string text, string language, NameRole role)
    {
        if (text.Length == 0)
        {
            return;
        }

        foreach (EntityName name in names)
        {
            if (name.Language == language && string.Equals(name.Text, text, StringComparison.Ordinal))
            {
                return;
            }
        }

        names.Add(new EntityName(text, language, role));
    }

    private static string Dash(string text) => text == "-" ? "" : text;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static T Problem<T>(List<KnowledgeProblem> problems, TsvRow row, string id, string message, T fallback)
    {
        problems.Add(new KnowledgeProblem(row.Origin, id, message));
        return fallback;
    }
}

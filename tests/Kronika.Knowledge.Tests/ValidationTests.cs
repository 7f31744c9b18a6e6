namespace Kronika.Knowledge.Tests;

/// <summary>The validator finds each kind of problem in a small hand-made base.</summary>
public sealed class ValidationTests
{
    private const string Iso = "alpha2\talpha3\tnumeric\tname_en\tofficial_en\tcommon_en\tname_pl\tofficial_pl\tsource\tas_of\n"
        + "PL\tPOL\t616\tPoland\tRepublic of Poland\t\tPolska\tRzeczpospolita Polska\tiso-codes\t2026-11\n"
        + "RU\tRUS\t643\tRussian Federation\t\t\tFederacja Rosyjska\t\tiso-codes\t2026-11\n";

    private const string CountriesHeader = "alpha2\tstatus\tsovereign\talpha3_user\tnames_pl\tnames_en\tadjective_pl\tdemonym_pl\tdemonym_pl_plural\tadjective_en\tdemonym_en\tcapital_pl\tcapital_en\tlat\tlon\twikidata\tsource\tas_of\n";
    private const string Poland = "PL\tun\t\t\tPolska\tPoland\tpolski\tPolak\tPolacy\tPolish\tPole\tWarszawa\tWarsaw\t52.23\t21.01\tQ36\tcurated\t2026-11\n";
    private const string Russia = "RU\tun\t\t\tRosja\tRussia\trosyjski\tRosjanin\tRosjanie\tRussian\tRussian\tMoskwa\tMoscow\t55.75\t37.62\t\tcurated\t2026-11\n";
    private const string CitiesHeader = "geonameid\tname\tname_en\tname_pl\tascii_name\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\tsource\tas_of\n";
    private const string Warsaw = "756135\tWarsaw\tWarsaw\tWarszawa\tWarsaw\tPL\t78\tPPLC\t1702139\t52.22977\t21.01178\tGeoNames\t2026-11\n";
    private const string OrganizationsHeader = "id\ttype\tname_en\tname_pl\taliases_en\taliases_pl\tgender_pl\tindeclinable_pl\tcountry\twikidata\tsource\tas_of\n";
    private const string PeopleHeader = "id\tname_en\tname_pl\tname_native\taliases\tgender\tcountry\twikidata\tsource\tas_of\n";
    private const string Putin = "person/putin\tVladimir Putin\tWładimir Putin\tВладимир Путин\t\tm\tRUS\t\tcurated\t2026-11\n";
    private const string RolesHeader = "person\ttitle\tof\ttitle_en\ttitle_pl\tfrom\tto\tsource\tas_of\n";
    private const string PutinRole = "person/putin\thead_of_state\tRUS\tPresident\tprezydent\t2012-05-07\t\tcurated\t2025-06\n";
    private const string SeatsHeader = "id\tnames_pl\tnames_en\tgender_pl\tcountry\tstands_for\tlat\tlon\twikidata\tsource\tas_of\n";
    private const string Kremlin = "seat/kremlin\tKreml\tKremlin\tm3\tRUS\tRUS\t55.75\t37.62\t\tcurated\t2026-11\n";

    private static IReadOnlyList<KnowledgeProblem> Validate(string countries = Poland + Russia, string cities = Warsaw,
        string organizations = "", string people = Putin, string roles = PutinRole, string seats = Kremlin)
    {
        var files = new Dictionary<string, string>
        {
            ["countries.iso.tsv"] = Iso,
            ["countries.tsv"] = CountriesHeader + countries,
            ["cities.tsv"] = CitiesHeader + cities,
            ["organizations.tsv"] = OrganizationsHeader + organizations,
            ["people.tsv"] = PeopleHeader + people,
            ["roles.tsv"] = RolesHeader + roles,
            ["seats.tsv"] = SeatsHeader + seats,
        };
        return KnowledgeBase.Load(name => TsvTable.Parse(files[name], name)).Validate();
    }

    [Fact]
    public void A_sound_base_has_no_problems() => Assert.Empty(Validate());

    [Theory]
    [InlineData("duplicate id", "person/putin\tVladimir Putin\tWładimir Putin\tВладимир Путин\t\tm\tRUS\t\tcurated\t2026-11\n")]
    [InlineData("no source", "person/x\tX Y\tX Y\t\t\tm\tPOL\t\t\t2026-11\n")]
    [InlineData("no as_of", "person/x\tX Y\tX Y\t\t\tm\tPOL\t\tcurated\t\n")]
    [InlineData("not YYYY-MM", "person/x\tX Y\tX Y\t\t\tm\tPOL\t\tcurated\t2026\n")]
    [InlineData("not an alpha-3 code in the base", "person/x\tX Y\tX Y\t\t\tm\tXYZ\t\tcurated\t2026-11\n")]
    [InlineData("needs the Cyrillic name", "person/x\tX Y\tX Y\t\t\tm\tRUS\t\tcurated\t2026-11\n")]
    [InlineData("is not Q + digits", "person/x\tX Y\tX Y\t\t\tm\tPOL\tq12\tcurated\t2026-11\n")]
    public void Finds_problems_of_people(string expected, string extra)
    {
        IReadOnlyList<KnowledgeProblem> problems = Validate(people: Putin + extra,
            roles: PutinRole + "person/x\tminister\tPOL\tMinister\tminister\t2020\t\tcurated\t2025-06\n");
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("is before from", "person/putin\thead_of_state\tRUS\tPresident\tprezydent\t2008-05-07\t2000-05-07\tcurated\t2026-11\n")]
    [InlineData("is not YYYY", "person/putin\thead_of_state\tRUS\tPresident\tprezydent\t2008-13-07\t\tcurated\t2025-06\n")]
    [InlineData("is after as_of", "person/putin\thead_of_state\tRUS\tPresident\tprezydent\t2026-01\t\tcurated\t2025-06\n")]
    [InlineData("neither an alpha-3 code nor an organisation id", "person/putin\thead_of_state\tRU\tPresident\tprezydent\t2000\t2008\tcurated\t2026-11\n")]
    [InlineData("no such person", "person/nobody\thead_of_state\tRUS\tPresident\tprezydent\t2000\t2008\tcurated\t2026-11\n")]
    [InlineData("not a known role code", "person/putin\temperor\tRUS\tEmperor\tcesarz\t2000\t2008\tcurated\t2026-11\n")]
    [InlineData("listed twice", PutinRole)]
    public void Finds_problems_of_roles(string expected, string extra) =>
        Assert.Contains(Validate(roles: PutinRole + extra), p => p.Message.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("out of range", "PL\tun\t\t\tPolska\tPoland\tpolski\tPolak\tPolacy\tPolish\tPole\tWarszawa\tWarsaw\t152.23\t21.01\t\tcurated\t2026-11\n")]
    [InlineData("from GeoNames' capital", "PL\tun\t\t\tPolska\tPoland\tpolski\tPolak\tPolacy\tPolish\tPole\tWarszawa\tWarsaw\t50.06\t19.94\t\tcurated\t2026-11\n")]
    [InlineData("is not a number", "PL\tun\t\t\tPolska\tPoland\tpolski\tPolak\tPolacy\tPolish\tPole\tWarszawa\tWarsaw\tnorth\t21.01\t\tcurated\t2026-11\n")]
    [InlineData("a state needs adjective_pl", "PL\tun\t\t\tPolska\tPoland\t\tPolak\tPolacy\tPolish\tPole\tWarszawa\tWarsaw\t52.23\t21.01\t\tcurated\t2026-11\n")]
    public void Finds_problems_of_countries(string expected, string poland) =>
        Assert.Contains(Validate(countries: poland + Russia), p => p.Message.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Finds_codes_that_are_not_ISO_and_ISO_codes_without_a_record()
    {
        IReadOnlyList<KnowledgeProblem> problems = Validate(countries: Poland + Russia
            + "QQ\tun\t\t\tKrajina\tLand\tkrajiński\tKrajinin\tKrajinie\tLandish\tLander\tStolica\tCapital\t1\t1\t\tcurated\t2026-11\n");
        Assert.Contains(problems, p => p.Message.Contains("is not an ISO 3166-1 code", StringComparison.Ordinal));
        Assert.Contains(Validate(countries: Poland), p => p.Message.Contains("RU has no curated record", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_cities_and_organisations_of_unknown_countries()
    {
        IReadOnlyList<KnowledgeProblem> problems = Validate(
            cities: Warsaw + "1\tNowhere\t\t\tNowhere\tZZ\t01\tPPL\t200000\t10\t10\tGeoNames\t2026-11\n",
            organizations: "org/x\tnews_agency\tX News\tX News\t\t\tf\tyes\tZZZ\t\tcurated\t2026-11\n");
        Assert.Contains(problems, p => p.Id == "city/1" && p.Message.Contains("not in the base", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Id == "org/x" && p.Message.Contains("not in the base", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_with_a_missing_field_fails_loudly_with_its_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => TsvTable.Parse("# c\na\tb\n1\t2\n3\n", "x.tsv"));
        Assert.Contains("x.tsv:4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_holder_of_a_role_on_a_date()
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        Assert.Equal("person/trump-donald", Assert.Single(knowledge.HoldersOn("head_of_state", "USA", new DateOnly(2018, 6, 1))).Id);
        Assert.Equal("person/biden-joe", Assert.Single(knowledge.HoldersOn("head_of_state", "USA", new DateOnly(2022, 6, 1))).Id);
        Assert.Equal("person/lukashenko-alexander", Assert.Single(knowledge.HoldersOn("head_of_state", "BLR", new DateOnly(2023, 9, 13))).Id);
        Assert.Equal("person/peskov-dmitry", Assert.Single(knowledge.HoldersOn("spokesperson", "RUS", new DateOnly(2023, 9, 13)), p => p.Id == "person/peskov-dmitry").Id);
    }

    [Theory]
    [InlineData("stands_for 'XYZ' is neither", "seat/x\tX\tX\tm3\tRUS\tXYZ\t55\t37\t\tcurated\t2026-11\n")]
    [InlineData("country 'RU' is not an alpha-3 code", "seat/x\tX\tX\tm3\tRU\tRUS\t55\t37\t\tcurated\t2026-11\n")]
    [InlineData("coordinates out of range", "seat/x\tX\tX\tm3\tRUS\tRUS\t155\t37\t\tcurated\t2026-11\n")]
    [InlineData("no such city", "city/1\t\t\t\t\tRUS\t\t\t\tcurated\t2026-11\n")]
    [InlineData("gender_pl 'x' is not", "seat/x\tX\tX\tx\tRUS\tRUS\t55\t37\t\tcurated\t2026-11\n")]
    public void Finds_problems_of_seats(string expected, string extra) =>
        Assert.Contains(Validate(seats: Kremlin + extra), p => p.Message.Contains(expected, StringComparison.Ordinal));
}

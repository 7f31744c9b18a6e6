using System.Diagnostics;

namespace Kronika.Knowledge.Tests;

public sealed class KnowledgeBaseTests(ITestOutputHelper output)
{
    [Fact]
    public void Default_data_has_no_problems()
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        IReadOnlyList<KnowledgeProblem> problems = knowledge.Validate();
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Take(60)));
    }

    [Fact]
    public void Loads_every_kind_in_quantity()
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        output.WriteLine($"countries {knowledge.Countries.Count}, cities {knowledge.Cities.Count}, organisations {knowledge.Organizations.Count}, people {knowledge.People.Count}, roles {knowledge.Roles.Count}");
        Assert.True(knowledge.Countries.Count >= 250);
        Assert.True(knowledge.Cities.Count >= 4000);
        Assert.True(knowledge.Organizations.Count >= 80);
        Assert.True(knowledge.People.Count >= 300);
        Assert.Contains(knowledge.Countries, c => c.Alpha2 == "XK" && c.Alpha3 == "XKX");
    }

    // Not a benchmark (benchmarks/ has none for this yet): a rough figure, printed, for the report.
    [Fact]
    public void Reports_load_time_and_memory()
    {
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        KnowledgeBase knowledge = KnowledgeBase.Load(TsvTable.ReadResource);
        clock.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"load {clock.Elapsed.TotalMilliseconds:F0} ms (first load in this process may include JIT), retained {(after - before) / 1048576.0:F1} MiB, {knowledge.Entities.Count()} records");
        clock.Restart();
        KnowledgeBase.Load(TsvTable.ReadResource);
        output.WriteLine($"second load {clock.Elapsed.TotalMilliseconds:F0} ms");
        GC.KeepAlive(knowledge);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("Rosja", "country/RUS", MatchHow.Exact)]
    [InlineData("Federacja Rosyjska", "country/RUS", MatchHow.Exact)]
    [InlineData("rosyjski", "country/RUS", MatchHow.Exact)]
    [InlineData("Rosjanie", "country/RUS", MatchHow.Exact)]
    [InlineData("Russian Federation", "country/RUS", MatchHow.Exact)]
    [InlineData("Stany Zjednoczone", "country/USA", MatchHow.Exact)]
    [InlineData("USA", "country/USA", MatchHow.Exact)]
    [InlineData("U.S.", "country/USA", MatchHow.Exact)]
    [InlineData("Wielka Brytania", "country/GBR", MatchHow.Exact)]
    [InlineData("Zjednoczone Królestwo", "country/GBR", MatchHow.Exact)]
    [InlineData("Korea Północna", "country/PRK", MatchHow.Exact)]
    [InlineData("KRLD", "country/PRK", MatchHow.Exact)]
    [InlineData("korea polnocna", "country/PRK", MatchHow.Folded)]
    [InlineData("Białoruś", "country/BLR", MatchHow.Exact)]
    [InlineData("Bialorus", "country/BLR", MatchHow.Folded)]
    [InlineData("Kosowo", "country/XKX", MatchHow.Exact)]
    [InlineData("Mińsk", "city/625144", MatchHow.Exact)]
    [InlineData("Kijów", "city/703448", MatchHow.Exact)]
    [InlineData("Kyiv", "city/703448", MatchHow.Exact)]
    [InlineData("Waszyngton", "city/4140963", MatchHow.Exact)]
    [InlineData("Łódź", "city/3093133", MatchHow.Exact)]
    [InlineData("Kijow", "city/703448", MatchHow.Folded)]
    public void Finds_by_name_in_Polish_and_English(string name, string id, MatchHow how)
    {
        IReadOnlyList<NameMatch> matches = KnowledgeBase.LoadDefault().Find(name);
        Assert.NotEmpty(matches);
        Assert.Equal(id, matches[0].Entity.Id);
        Assert.Equal(how, matches[0].How);
    }

    [Fact]
    public void Prefers_the_largest_city_of_a_shared_name()
    {
        IReadOnlyList<NameMatch> matches = KnowledgeBase.LoadDefault().Find("Paris");
        Assert.Equal("city/2988507", matches[0].Entity.Id);
    }

    [Fact]
    public void Unknown_names_find_nothing() => Assert.Empty(KnowledgeBase.LoadDefault().Find("Atlantyda Wschodnia"));

    [Theory]
    [InlineData("Mińsk", "country/BLR")]
    [InlineData("Moskwa", "country/RUS")]
    [InlineData("Waszyngton", "country/USA")]
    [InlineData("Londyn", "country/GBR")]
    [InlineData("Pekin", "country/CHN")]
    [InlineData("Bruksela", "org/eu")]
    [InlineData("Kreml", "country/RUS")]
    [InlineData("Biały Dom", "country/USA")]
    [InlineData("Downing Street", "country/GBR")]
    [InlineData("Kraków", null)]
    public void Capitals_and_seats_stand_for_their_government(string place, string? actor)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        KnowledgeEntity record = knowledge.Find(place).First(match => match.Entity.Kind is EntityKind.City or EntityKind.Seat).Entity;
        Assert.Equal(actor, knowledge.ActorOf(record)?.Id);
    }

    [Theory]
    [InlineData("country/BLR", "BLR")]
    [InlineData("city/625144", "BLR")]
    [InlineData("person/lukashenko-alexander", "BLR")]
    [InlineData("seat/kremlin", "RUS")]
    [InlineData("org/nato", null)]
    public void Records_know_their_country(string id, string? alpha3)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        Assert.Equal(alpha3, knowledge.CountryOf(knowledge.Get(id)!));
    }
}

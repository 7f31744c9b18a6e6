using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kronika.Aggregation;
using Kronika.Aggregation.Storage;
using Kronika.Storage;

namespace Kronika.Benchmarks;

/// <summary>The cost of aggregating one article (stories, canonical events, relation counts, entity joins) into a store
/// that already holds <see cref="StoreSize"/> articles: it must stay near constant as the store grows, since every
/// lookup an article makes is an index lookup by entity, event actor and day window.</summary>
/// <remarks>Synthetic load with the shape of a news stream: 300 articles a day; each reports one of the day's
/// happenings (a handful of articles per happening, some in another language), names its two to four actors (persons,
/// organisations, states), a city and the states involved, and one or two events between the actors; actors are drawn
/// from pools of 5,000 persons, 1,000 organisations, 500 cities and 60 states, and a tenth of the names are discovered
/// (<c>new:</c>) ones. The store is filled in the global setup; each invocation then adds <see cref="Batch"/> new
/// articles, published on the days the store already covers, and the mean is per article.</remarks>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    public const int Batch = 200;

    private const int PerDay = 300;
    private readonly List<ArticleReport> _next = [];
    private int _taken;
    private string _folder = string.Empty;
    private IAggregateStore? _store;
    private Aggregator? _aggregator;

    [Params(1_000, 10_000, 100_000)]
    public int StoreSize { get; set; }

    [Params("memory", "sqlite")]
    public string Backend { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _store = OpenStore();
        _aggregator = new Aggregator(_store);
        var generator = new SyntheticNews(seed: 20260302);
        for (int index = 0; index < StoreSize; index++)
        {
            _aggregator.Add(generator.Article(index, index / PerDay));
        }

        // The articles the benchmark adds: spread over the days already stored, so their neighbourhoods are full.
        int days = Math.Max(1, StoreSize / PerDay);
        for (int index = 0; index < Batch * 12; index++)
        {
            _next.Add(generator.Article(StoreSize + index, index * 7 % days));
        }
    }

    private IAggregateStore OpenStore()
    {
        if (Backend != "sqlite")
        {
            return new MemoryAggregateStore();
        }

        _folder = Path.Combine(Path.GetTempPath(), "kronika-aggregation-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        string path = Path.Combine(_folder, "kronika.db");
        StoreFactory.Open(path).Dispose();
        return SqlAggregateStore.OpenSqlite(path);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AddArticle()
    {
        int added = 0;
        for (int index = 0; index < Batch; index++)
        {
            added += _aggregator!.Add(_next[_taken++ % _next.Count]) ? 1 : 0;
        }

        return added;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        if (_folder.Length > 0)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A deterministic stream of article reports shaped like news (see the class remarks).</summary>
    private sealed class SyntheticNews(int seed)
    {
        private static readonly string[] _types = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "COERCE", "ASSAULT", "FIGHT", "REQUEST"];
        private static readonly string[] _outlets = ["PAP", "Onet", "TVN24", "RMF FM", "Rzeczpospolita", "Reuters", "AP", "BBC", "The Guardian", "Politico"];
        private static readonly DateOnly _start = new(2020, 1, 1);

        public ArticleReport Article(int number, int day)
        {
            // Each day holds 60 happenings; an article reports one of them, so a happening has about five articles.
            var random = new Random(HashCode.Combine(seed, number));
            int happening = random.Next(60);
            var plot = new Random(HashCode.Combine(seed, day, happening));
            string state1 = State(plot.Next(60)), state2 = State(plot.Next(60));
            var entities = new List<ReportedEntity>
            {
                Entity(state1, "GPE", state1[^3..]),
                Entity(state2, "GPE", state2[^3..]),
                Entity("kb:city/" + plot.Next(500).ToString(CultureInfo.InvariantCulture), "GPE", state1[^3..]),
            };
            var actors = new List<string>();
            for (int actor = 0; actor < 2 + plot.Next(3); actor++)
            {
                bool person = plot.Next(3) > 0;
                bool discovered = plot.Next(10) == 0;
                string id = (discovered ? "new:" : "kb:") + (person ? "per:" : "org:") + plot.Next(person ? 5000 : 1000).ToString(CultureInfo.InvariantCulture);
                if (!actors.Contains(id))
                {
                    actors.Add(id);
                    entities.Add(Entity(id, person ? "PER" : "ORG", actor % 2 == 0 ? state1[^3..] : state2[^3..]));
                }
            }

            var events = new List<ReportedEventMention>();
            DateOnly published = _start.AddDays(day);
            for (int index = 0; index < 1 + plot.Next(2); index++)
            {
                string type = _types[plot.Next(_types.Length)];
                // Not every report states every event of its happening.
                if (random.Next(4) > 0)
                {
                    events.Add(new ReportedEventMention(events.Count, type, [actors[0]], [actors[^1]], null, published, true,
                        random.Next(10) == 0 ? "denied" : "asserted", 0.5 + (random.Next(50) / 100.0), "A sentence."));
                }
            }

            string outlet = _outlets[random.Next(_outlets.Length)];
            string articleId = "sha256:" + number.ToString("x16", CultureInfo.InvariantCulture);
            return new ArticleReport(articleId, outlet, outlet, random.Next(3) == 0 ? "en" : "pl", published,
                [.. entities.DistinctBy(entity => entity.Id).OrderBy(entity => entity.Id, StringComparer.Ordinal)], events, []);
        }

        private static string State(int index) => "kb:country/S" + index.ToString("D2", CultureInfo.InvariantCulture);

        private static ReportedEntity Entity(string id, string type, string country) => new(id, type, id, country, 1);
    }

    /// <summary>Five iterations of one invocation each, in this process (the store is filled once per case, in setup);
    /// filling SQLite with 100,000 articles takes longer than the in-process toolchain's default limit of five minutes.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true)));
    }
}

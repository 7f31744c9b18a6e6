using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Ingest;
using Kronika.Nlp;
using Kronika.Storage;
using Npgsql;

namespace Kronika.Benchmarks;

/// <summary>Ingest rate into each store: <see cref="Articles"/> analysed articles stored one by one, each in its own
/// transaction (as <c>kronika ingest</c> does), into a fresh store per iteration; the mean is per article.</summary>
/// <remarks>The articles are the bundled samples run through the real pipeline, each made distinct by a numbered line,
/// with their real kronika/1 JSON. PostgreSQL runs when <c>$KRONIKA_TEST_POSTGRES</c> names a server (a role that may
/// create databases; scripts/postgres-for-tests.sh starts one): a throwaway database, a new schema per iteration.
/// Both stores keep their default durability (SQLite WAL with synchronous=NORMAL; PostgreSQL fsync on every commit).</remarks>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class StoreBenchmarks
{
    public const int Articles = 2000;

    private readonly List<StoredArticle> _articles = [];
    private string _folder = string.Empty;
    private string _database = string.Empty;
    private IArticleStore? _store;

    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = string.Empty;

    public static IEnumerable<string> Backends() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("KRONIKA_TEST_POSTGRES")) ? ["sqlite"] : ["sqlite", "postgres"];

    [GlobalSetup]
    public void Setup()
    {
        var reader = new InputReader();
        Pipeline pipeline = PipelineFactory.Create();
        var analysed = new List<(Document Document, string Json)>();
        foreach (string path in Directory.EnumerateFiles(SamplesFolder(), "*.txt").Order(StringComparer.Ordinal))
        {
            Document document = pipeline.Run(reader.Read(File.ReadAllBytes(path), path));
            analysed.Add((document, KronikaJson.Serialize(ArticleContract.From(document))));
        }

        var storedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        for (int index = 0; index < Articles; index++)
        {
            (Document document, string json) = analysed[index % analysed.Count];
            StoredArticle article = StoredArticle.From(document, json, pipeline.Description, storedAt);
            string text = article.Text + "\n\nNr " + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _articles.Add(article with { Id = Document.IdOf(text), Text = text, Input = $"bench/{index:D5}.txt" });
        }

        _folder = Path.Combine(Path.GetTempPath(), "kronika-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        if (Backend == "postgres")
        {
            _database = "kronika_bench_" + Guid.NewGuid().ToString("N")[..8];
            Execute(ServerConnection(), $"CREATE DATABASE {_database} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
        }
    }

    [IterationSetup]
    public void OpenFreshStore()
    {
        string name = "i" + Guid.NewGuid().ToString("N");
        if (Backend == "postgres")
        {
            var settings = new NpgsqlConnectionStringBuilder(ServerConnection()) { Database = _database };
            Execute(settings.ConnectionString, $"CREATE SCHEMA {name}");
            settings.SearchPath = name;
            _store = StoreFactory.Open(settings.ConnectionString);
        }
        else
        {
            _store = StoreFactory.Open(Path.Combine(_folder, name + ".db"));
        }
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Ingest()
    {
        int added = 0;
        foreach (StoredArticle article in _articles)
        {
            added += _store!.Store(article) == StoreOutcome.Added ? 1 : 0;
        }

        return added == Articles ? added : throw new InvalidOperationException($"{added} of {Articles} articles were added.");
    }

    [IterationCleanup]
    public void CloseStore() => _store?.Dispose();

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_database.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(ServerConnection(), $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string ServerConnection() => Environment.GetEnvironmentVariable("KRONIKA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("KRONIKA_TEST_POSTGRES is not set.");

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Five iterations of one invocation each, in this process: an iteration takes seconds, so there is nothing
    /// to unroll, and no generated project is built beside the shared working tree.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    // BenchmarkDotNet runs a generated copy in a folder of its own, so the path comes from this source file's place.
    private static string SamplesFolder([CallerFilePath] string thisFile = "")
    {
        string folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "..", "..", "samples"));
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException("samples/ not found at " + folder);
    }
}

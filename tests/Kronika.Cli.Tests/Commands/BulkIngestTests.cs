using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Kronika.Storage;
using Kronika.Storage.Duplicates;
using Kronika.Storage.Sqlite;

namespace Kronika.Cli.Tests.Commands;

public sealed class BulkIngestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "kronika.db");

    public void Dispose() => _folder.Dispose();

    /// <summary>A .warc.gz of <paramref name="count"/> HTML pages, each record its own gzip member, a request record before each.</summary>
    private string Warc(int count)
    {
        var file = new List<byte>();
        for (int number = 1; number <= count; number++)
        {
            string text = Articles.PolishNumbered(number);
            string[] parts = text.Split("\n\n", 2);
            byte[] page = Encoding.UTF8.GetBytes($"<html><head><title>{parts[0]}</title></head><body><article><h1>{parts[0]}</h1><p>{parts[1].Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>");
            file.AddRange(Member("request", $"https://example.pl/{number}", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
            byte[] http = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"), .. page];
            file.AddRange(Member("response", $"https://example.pl/{number}", "application/http; msgtype=response", http));
        }

        return _folder.Write("crawl.warc.gz", [.. file]);
    }

    private static byte[] Member(string type, string url, string contentType, byte[] block)
    {
        byte[] head = Encoding.ASCII.GetBytes(
            $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {url}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write([.. head, .. block, .. "\r\n\r\n"u8]);
        }

        return compressed.ToArray();
    }

    [Fact]
    public void A_warc_file_is_ingested_record_by_record_and_a_second_run_adds_nothing()
    {
        string warc = Warc(5);

        CliRun.Result first = CliRun.Run(["ingest", warc, "--db", Database]);
        CliRun.Result second = CliRun.Run(["ingest", warc, "--db", Database]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added: 5", first.OutputLines);
        Assert.Contains("added: 0", second.OutputLines);
        Assert.Contains("already stored: 5", second.OutputLines);
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(5, store.Count(ArticleQuery.All));
        // Record numbers count the request records too: the pages are records 2, 4, 6, 8 and 10.
        string[] inputs = [.. store.Query(ArticleQuery.All).SelectMany(summary => store.InputsOf(summary.Id)).Order(StringComparer.Ordinal)];
        Assert.Equal([$"{warc}#10", $"{warc}#2", $"{warc}#4", $"{warc}#6", $"{warc}#8"], inputs);
    }

    [Fact]
    public void Analyze_prints_one_record_per_page_of_a_warc_file_with_its_url()
    {
        string warc = Warc(2);

        CliRun.Result result = CliRun.Run(["analyze", warc]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutputLines.Length);
        using JsonDocument record = JsonDocument.Parse(result.OutputLines[1]);
        JsonElement article = record.RootElement.GetProperty("article");
        Assert.Equal($"{warc}#4", article.GetProperty("input").GetString());
        Assert.Equal("https://example.pl/2", article.GetProperty("url").GetString());
        Assert.Equal("Komunikat numer 2", article.GetProperty("title").GetString());
    }

    [Fact]
    public void A_bad_json_line_is_reported_and_the_other_lines_are_stored()
    {
        string dump = _folder.Write("dump.jsonl", string.Join('\n',
            JsonSerializer.Serialize(new { url = "https://example.pl/1", text = Articles.PolishNumbered(1), published = "2024-03-15" }),
            "{\"url\": broken",
            JsonSerializer.Serialize(new { url = "https://example.pl/3", html = $"<html><body><article><p>{Articles.PolishNumbered(3)}</p></article></body></html>" })));

        CliRun.Result result = CliRun.Run(["ingest", dump, "--db", Database]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added: 2", result.OutputLines);
        string error = Assert.Single(result.ErrorLines, line => line.Contains("dump.jsonl:2", StringComparison.Ordinal));
        Assert.Contains("not a JSON object", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_warc_file_keeps_what_came_before_and_exits_one()
    {
        string warc = Warc(3);
        byte[] whole = File.ReadAllBytes(warc);
        File.WriteAllBytes(warc, whole[..(whole.Length - 40)]);

        CliRun.Result result = CliRun.Run(["ingest", warc, "--db", Database]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added: 2", result.OutputLines);
        Assert.Contains(result.ErrorLines, line => line.Contains("crawl.warc.gz", StringComparison.Ordinal));
    }

    /// <summary>A .warc.gz of one response record per page, each its own gzip member.</summary>
    private string WarcOf(string name, params (string Url, string Text)[] pages)
    {
        var file = new List<byte>();
        foreach ((string url, string text) in pages)
        {
            string[] parts = text.Split("\n\n", 2);
            byte[] page = Encoding.UTF8.GetBytes($"<html><head><title>{parts[0]}</title></head><body><article><h1>{parts[0]}</h1><p>{parts[1].Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>");
            byte[] http = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"), .. page];
            file.AddRange(Member("response", url, "application/http; msgtype=response", http));
        }

        return _folder.Write(name, [.. file]);
    }

    [Fact]
    public void A_near_duplicate_in_a_warc_file_is_linked_once_and_a_second_run_stores_nothing_twice()
    {
        string warc = WarcOf("crawl.warc.gz",
            ("https://wire.example.com/storm", NearDuplicateIngestTests.Wire),
            ("https://local.example.com/baltic-storm", NearDuplicateIngestTests.LocalSite),
            ("https://example.com/bus-lanes", Articles.English));

        CliRun.Result first = CliRun.Run(["ingest", warc, "--db", Database]);
        CliRun.Result second = CliRun.Run(["ingest", warc, "--db", Database]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added: 2", first.OutputLines);
        Assert.Contains("near-duplicates linked: 1", first.OutputLines);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("added: 0", second.OutputLines);
        Assert.Contains("already stored: 3", second.OutputLines);
        Assert.Contains("near-duplicates linked: 0", second.OutputLines);
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(2, store.Count(ArticleQuery.All));
        string original = Assert.Single(store.Query(ArticleQuery.All), summary => store.InputsOf(summary.Id).Contains($"{warc}#1")).Id;
        DuplicateLink link = Assert.Single(store.NearDuplicatesOf(original));
        Assert.Equal($"{warc}#2", link.Input);
        Assert.Equal("https://local.example.com/baltic-storm", link.Url);
        Assert.NotEqual(original, link.Id);
    }

    [Fact]
    public void Progress_counts_the_records_of_a_bulk_file()
    {
        string warc = Warc(100);

        CliRun.Result result = CliRun.Run(["ingest", warc, "--db", Database]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("added: 100", result.OutputLines);
        // The request records are skipped, not inputs: 100 pages are 100 inputs.
        Assert.Contains("kronika: ingested 100 inputs (file 1/1)", result.ErrorLines);
    }

    [Fact]
    public void A_folder_gives_its_warc_and_json_lines_files_record_by_record()
    {
        WarcOf("in/crawl.warc.gz", ("https://example.com/bus-lanes", Articles.English));
        using (var gzip = new GZipStream(File.Create(Path.Combine(_folder.Path, "in", "dump.jsonl.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url = "https://example.pl/1", text = Articles.PolishNumbered(1) }) + "\n"));
            gzip.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url = "https://example.pl/2", text = Articles.PolishNumbered(2) }) + "\n"));
        }

        _folder.Write("in/notes.txt", Articles.Polish);
        _folder.Write("in/logo.png", [0x89, 0x50, 0x4E, 0x47]);

        CliRun.Result result = CliRun.Run(["ingest", Path.Combine(_folder.Path, "in"), "--db", Database]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("added: 4", result.OutputLines);
    }
}


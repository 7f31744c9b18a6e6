using System.ComponentModel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kronika.Cli.Composition;
using Kronika.Storage;
using Kronika.Storage.Search;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika query articles</c>: lists stored articles, newest first, as a table or as JSON Lines.</summary>
internal sealed class QueryArticlesCommand : Command<QueryArticlesCommand.Settings>
{
    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Terminal _terminal;

    public QueryArticlesCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArticleQuery query;
        try
        {
            query = new ArticleQuery
            {
                Language = settings.Language,
                PublishedFrom = ParseDay(settings.From, "--from"),
                PublishedTo = ParseDay(settings.To, "--to"),
                Outlet = settings.Outlet,
                TextContains = settings.Text,
                Search = settings.Search,
                Limit = settings.Limit,
                Offset = settings.Offset,
            };
        }
        catch (FormatException exception)
        {
            _terminal.Fail(exception.Message);
            return 2;
        }

        using IArticleStore store = StoreFactory.OpenExisting(DatabasePath.Resolve(settings.Database));
        IReadOnlyList<ArticleSummary> articles = store.Query(query);
        if (settings.Json)
        {
            foreach (ArticleSummary article in articles)
            {
                _terminal.Out.WriteLine(JsonSerializer.Serialize(article, _json));
            }
        }
        else
        {
            WriteTable(articles, store.Count(query), query.Offset);
        }

        _terminal.Out.Flush();
        return 0;
    }

    private void WriteTable(IReadOnlyList<ArticleSummary> articles, long total, int offset)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("published", "lang", "outlet", "title", "id", "rejected");
        foreach (ArticleSummary article in articles)
        {
            table.AddRow(
                Markup.Escape(article.Published ?? "-"),
                Markup.Escape(article.Language ?? "-"),
                Markup.Escape(article.Outlet ?? "-"),
                Markup.Escape(Shorten(article.Title ?? article.Input, 60)),
                Markup.Escape(ShortId(article.Id)),
                Markup.Escape(article.RejectionReason ?? string.Empty));
        }

        _terminal.OutConsole.Write(table);
        int first = articles.Count == 0 ? 0 : offset + 1;
        _terminal.Out.WriteLine($"articles {first}-{offset + articles.Count} of {total.ToString(CultureInfo.InvariantCulture)}");
    }

    // "sha256:" + 12 hex digits: enough to tell articles apart in a listing; --json gives the whole id.
    private static string ShortId(string id) => id.StartsWith("sha256:", StringComparison.Ordinal) && id.Length > 19 ? id[7..19] : id;

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static DateOnly? ParseDay(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day
            : throw new FormatException($"{option} {text}: expected a date as YYYY-MM-DD");
    }

    /// <summary>Arguments of <c>query articles</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store: a SQLite file or a PostgreSQL database (postgres://user:password@host/db or Host=...;Database=...) (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("Only articles in this language (ISO 639-1: pl, en)")]
        public string? Language { get; init; }

        [CommandOption("--from <DATE>")]
        [Description("Only articles published on or after this day (YYYY-MM-DD)")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Only articles published on or before this day (YYYY-MM-DD)")]
        public string? To { get; init; }

        [CommandOption("--outlet <NAME>")]
        [Description("Only articles from this outlet (case ignored)")]
        public string? Outlet { get; init; }

        [CommandOption("--text <TEXT>")]
        [Description("Only articles whose text contains this (case ignored)")]
        public string? Text { get; init; }

        [CommandOption("--search <WORDS>")]
        [Description("Only articles with all these words in the title or text (whole words, case ignored, diacritics kept; word* for a prefix), most relevant first")]
        public string? Search { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most this many articles")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        [CommandOption("--offset <N>")]
        [Description("Skip this many articles first")]
        [DefaultValue(0)]
        public int Offset { get; init; }

        [CommandOption("--json")]
        [Description("One JSON object per line instead of a table")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Limit < 1 ? ValidationResult.Error("--limit must be at least 1")
            : Offset < 0 ? ValidationResult.Error("--offset must not be negative")
            : Search is not null && SearchWords.Parse(Search).Count is 0 or > SearchWords.MaxWords
                ? ValidationResult.Error($"--search '{Search}': expected 1 to {SearchWords.MaxWords} words (letters or digits)")
            : ValidationResult.Success();
    }
}

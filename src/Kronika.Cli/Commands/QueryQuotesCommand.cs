using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Kronika.Cli.Composition;
using Kronika.Storage;
using Kronika.Storage.Layers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika query quotes</c>: stored quotes, newest articles first, by speaker and by text.</summary>
internal sealed class QueryQuotesCommand : Command<QueryQuotesCommand.Settings>
{
    private readonly Terminal _terminal;

    public QueryQuotesCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        QuoteQuery query = settings.ToQuery() with { Limit = settings.Limit, Offset = settings.Offset };
        using IArticleStore store = StoreFactory.OpenExisting(DatabasePath.Resolve(settings.Database));
        IReadOnlyList<StoredQuote> quotes = store.Quotes(query);
        if (settings.Json)
        {
            foreach (StoredQuote quote in quotes)
            {
                _terminal.Out.WriteLine(JsonSerializer.Serialize(quote, QueryOutput.Json));
            }
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumns("published", "kind", "speaker", "quote");
            foreach (StoredQuote quote in quotes)
            {
                table.AddRow(Markup.Escape(quote.Published ?? "-"), quote.Kind, Markup.Escape(quote.Speaker?.Name ?? quote.Speaker?.Id ?? "-"),
                    Markup.Escape(QueryOutput.Shorten(quote.Text, 80)));
            }

            _terminal.OutConsole.Write(table);
            int first = quotes.Count == 0 ? 0 : query.Offset + 1;
            _terminal.Out.WriteLine($"quotes {first}-{query.Offset + quotes.Count} of {store.CountQuotes(query).ToString(CultureInfo.InvariantCulture)}");
        }

        _terminal.Out.Flush();
        return 0;
    }

    /// <summary>The filters of <c>query quotes</c> and <c>export quotes</c>.</summary>
    internal class Filters : CommandSettings
    {
        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store: a SQLite file or a PostgreSQL database (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }

        [CommandOption("--speaker <ID>")]
        [Description("Only quotes of this speaker (an entity id)")]
        public string? Speaker { get; init; }

        [CommandOption("--text <TEXT>")]
        [Description("Only quotes containing this text (case ignored)")]
        public string? Text { get; init; }

        [CommandOption("--article <ID>")]
        [Description("Only quotes of this article")]
        public string? Article { get; init; }

        public QuoteQuery ToQuery() => new() { Speaker = Speaker, Text = Text, Article = Article };
    }

    /// <summary>Arguments of <c>query quotes</c>.</summary>
    internal sealed class Settings : Filters
    {
        [CommandOption("--limit <N>")]
        [Description("At most this many quotes")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        [CommandOption("--offset <N>")]
        [Description("Skip this many quotes first")]
        [DefaultValue(0)]
        public int Offset { get; init; }

        [CommandOption("--json")]
        [Description("One JSON object per line instead of a table")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Limit < 1 ? ValidationResult.Error("--limit must be at least 1")
            : Offset < 0 ? ValidationResult.Error("--offset must not be negative")
            : ValidationResult.Success();
    }
}

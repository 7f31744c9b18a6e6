using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Kronika.Cli.Composition;
using Kronika.Storage;
using Kronika.Storage.Layers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika query entities</c>: entities named in stored articles, those in most articles first.</summary>
internal sealed class QueryEntitiesCommand : Command<QueryEntitiesCommand.Settings>
{
    private readonly Terminal _terminal;

    public QueryEntitiesCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        EntityQuery query = settings.ToQuery() with { Limit = settings.Limit, Offset = settings.Offset };
        using IArticleStore store = StoreFactory.OpenExisting(DatabasePath.Resolve(settings.Database));
        IReadOnlyList<StoredEntity> entities = store.Entities(query);
        if (settings.Json)
        {
            foreach (StoredEntity entity in entities)
            {
                _terminal.Out.WriteLine(JsonSerializer.Serialize(entity, QueryOutput.Json));
            }
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumns("id", "type", "name", "country", "articles", "mentions", "events", "quotes");
            foreach (StoredEntity entity in entities)
            {
                table.AddRow(Markup.Escape(entity.Id), entity.Type, Markup.Escape(entity.Name), Markup.Escape(entity.Country ?? "-"),
                    Number(entity.Articles), Number(entity.Mentions), Number(entity.Events), Number(entity.Quotes));
            }

            _terminal.OutConsole.Write(table);
            int first = entities.Count == 0 ? 0 : query.Offset + 1;
            _terminal.Out.WriteLine($"entities {first}-{query.Offset + entities.Count} of {Number(store.CountEntities(query))}");
        }

        _terminal.Out.Flush();
        return 0;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Arguments of <c>query entities</c> (and the filters of <c>export entities</c>).</summary>
    internal class Filters : CommandSettings
    {
        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store: a SQLite file or a PostgreSQL database (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }

        [CommandOption("--text <TEXT>")]
        [Description("Only entities whose English name, base form or a written form contains this (case ignored)")]
        public string? Text { get; init; }

        [CommandOption("--type <TYPE>")]
        [Description("Only entities of this type: PER, ORG, GPE, LOC, FAC, EVT, PRO")]
        public string? Type { get; init; }

        [CommandOption("--country <CODE>")]
        [Description("Only entities of this country (ISO 3166-1 alpha-3)")]
        public string? Country { get; init; }

        public EntityQuery ToQuery() => new() { Text = Text, Type = Type, Country = Country };
    }

    /// <summary>Arguments of <c>query entities</c>.</summary>
    internal sealed class Settings : Filters
    {
        [CommandOption("--limit <N>")]
        [Description("At most this many entities")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        [CommandOption("--offset <N>")]
        [Description("Skip this many entities first")]
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

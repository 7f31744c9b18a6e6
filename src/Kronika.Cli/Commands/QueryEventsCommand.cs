using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Kronika.Cli.Composition;
using Kronika.Storage;
using Kronika.Storage.Layers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika query events</c>: stored events, latest day first, as a table or JSON Lines.</summary>
internal sealed class QueryEventsCommand : Command<QueryEventsCommand.Settings>
{
    private readonly Terminal _terminal;

    public QueryEventsCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        EventQuery query;
        try
        {
            query = settings.ToQuery() with { Limit = settings.Limit, Offset = settings.Offset };
        }
        catch (FormatException exception)
        {
            _terminal.Fail(exception.Message);
            return 2;
        }

        using IArticleStore store = StoreFactory.OpenExisting(DatabasePath.Resolve(settings.Database));
        IReadOnlyList<StoredEvent> events = store.Events(query);
        if (settings.Json)
        {
            foreach (StoredEvent @event in events)
            {
                _terminal.Out.WriteLine(JsonSerializer.Serialize(@event, QueryOutput.Json));
            }
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumns("day", "type", "cameo", "source", "target", "modality", "sentence");
            foreach (StoredEvent @event in events)
            {
                table.AddRow(Markup.Escape(@event.Day ?? "-"), Markup.Escape(@event.Type), Markup.Escape(@event.Cameo ?? "-"),
                    Markup.Escape(Names(@event.Source)), Markup.Escape(Names(@event.Target)), Markup.Escape(@event.Modality),
                    Markup.Escape(QueryOutput.Shorten(@event.Sentence, 70)));
            }

            _terminal.OutConsole.Write(table);
            int first = events.Count == 0 ? 0 : query.Offset + 1;
            _terminal.Out.WriteLine($"events {first}-{query.Offset + events.Count} of {store.CountEvents(query).ToString(CultureInfo.InvariantCulture)}");
        }

        _terminal.Out.Flush();
        return 0;
    }

    private static string Names(IReadOnlyList<EventActor> actors) => actors.Count == 0 ? "-" : string.Join(", ", actors.Select(actor => actor.Name ?? actor.Id));

    /// <summary>Arguments of <c>query events</c>.</summary>
    internal sealed class Settings : QueryEventFilters
    {
        [CommandOption("--limit <N>")]
        [Description("At most this many events")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        [CommandOption("--offset <N>")]
        [Description("Skip this many events first")]
        [DefaultValue(0)]
        public int Offset { get; init; }

        [CommandOption("--json")]
        [Description("One JSON object per line instead of a table")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Limit < 1 ? ValidationResult.Error("--limit must be at least 1")
            : Offset < 0 ? ValidationResult.Error("--offset must not be negative")
            : base.Validate();
    }
}
